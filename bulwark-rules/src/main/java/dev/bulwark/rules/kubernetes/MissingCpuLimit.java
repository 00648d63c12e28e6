package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/** A container without a CPU limit (init containers too): one busy pod can starve its neighbours on the node. */
@RuleInfo(code = "KU003", name = "container-without-cpu-limit", practice = Practice.RESOURCE_LIMITS,
        severity = Severity.WARNING,
        summary = "A container has no CPU limit.",
        fix = "Set `resources.limits.cpu` (or a LimitRange default for the namespace).",
        aliases = {"CKV_K8S_11", "KSV011"})
public final class MissingCpuLimit implements KubernetesRule {
    private static final MissingResources CHECK = new MissingResources("cpu", true);

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        CHECK.check(ctx, sink);
    }
}
