package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A service with no CPU limit: none of {@code deploy.resources.limits.cpus}, the legacy
 * {@code cpus} and {@code cpu_quota}, or the Windows-only {@code cpu_count}/{@code cpu_percent}
 * ({@code cpu_shares} is a relative weight, not a limit). Silent where the project is incomplete,
 * like {@code service-without-memory-limit}, for the only service of a project, and for an
 * interactive shell ({@link ServiceCommands#isInteractiveShell}).
 */
@RuleInfo(code = "DC005", name = "service-without-cpu-limit", practice = Practice.RESOURCE_LIMITS,
        severity = Severity.WARNING,
        summary = "A service has no CPU limit.",
        fix = "Set `deploy.resources.limits.cpus` (or `cpus`) to the share of the host the service may use.")
public final class ServiceWithoutCpuLimit implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        // Alone in its project, a service has no neighbour to starve (a memory limit still matters:
        // without one, the kernel's OOM killer picks among the host's processes).
        if (ctx.project().services().size() == 1 && Completeness.hasAllServices(ctx)) {
            return;
        }
        for (Service service : ctx.project().services()) {
            if (!service.hasCpuLimit() && Completeness.isWhole(ctx, service)
                    && !ServiceCommands.isInteractiveShell(service)) {
                sink.report(service.nameSpan(), "service `" + service.name() + "` has no CPU limit");
            }
        }
    }
}
