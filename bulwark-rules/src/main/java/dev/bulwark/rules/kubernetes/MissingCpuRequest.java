package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/** A container without a CPU request (init containers too): the scheduler places it as if it needed no CPU. */
@RuleInfo(code = "KU002", name = "container-without-cpu-request", practice = Practice.RESOURCE_LIMITS,
        severity = Severity.WARNING,
        summary = "A container has no CPU request.",
        fix = "Set `resources.requests.cpu` to what the container needs at steady load (`250m`, `2`).")
public final class MissingCpuRequest implements KubernetesRule {
    private static final MissingResources CHECK = new MissingResources("cpu", false);

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        CHECK.check(ctx, sink);
    }
}
