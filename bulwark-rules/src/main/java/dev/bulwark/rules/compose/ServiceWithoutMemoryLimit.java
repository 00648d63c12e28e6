package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A service with no memory limit: neither {@code deploy.resources.limits.memory} nor the legacy
 * {@code mem_limit}, in any file of the project (a limit set only in an override file counts).
 * Silent on overlays loaded without their base and on services whose {@code extends} base is
 * missing, where the limit may be in the part that is not there.
 */
@RuleInfo(code = "DC004", name = "service-without-memory-limit", practice = Practice.RESOURCE_LIMITS,
        severity = Severity.WARNING,
        summary = "A service has no memory limit.",
        fix = "Set `deploy.resources.limits.memory` (or `mem_limit`) to what the service needs, with headroom.")
public final class ServiceWithoutMemoryLimit implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            if (!service.hasMemoryLimit() && Completeness.isWhole(ctx, service)
                    && !ServiceCommands.isInteractiveShell(service)) {
                sink.report(service.nameSpan(), "service `" + service.name() + "` has no memory limit");
            }
        }
    }
}
