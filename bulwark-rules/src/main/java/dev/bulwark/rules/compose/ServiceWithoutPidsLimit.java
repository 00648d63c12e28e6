package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A service with no process limit: neither {@code pids_limit} nor
 * {@code deploy.resources.limits.pids}. Off by default: a fork bomb or a leaking worker pool is
 * rare in an ML stack, but hardened deployments bound it.
 */
@RuleInfo(code = "DC006", name = "service-without-pids-limit", practice = Practice.RESOURCE_LIMITS,
        severity = Severity.INFO, enabledByDefault = false,
        summary = "A service has no limit on the number of processes.",
        fix = "Set `pids_limit` (or `deploy.resources.limits.pids`), for example 512 for a web service.")
public final class ServiceWithoutPidsLimit implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            boolean limited = service.pidsLimit().isPresent() || service.limits().pids().isPresent();
            if (!limited && Completeness.isWhole(ctx, service)) {
                sink.report(service.nameSpan(), "service `" + service.name() + "` has no pids limit");
            }
        }
    }
}
