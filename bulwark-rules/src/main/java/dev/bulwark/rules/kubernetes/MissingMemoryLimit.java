package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/** A container without a memory limit (init containers too): a leak or a large batch can take the node's memory. */
@RuleInfo(code = "KU005", name = "container-without-memory-limit", practice = Practice.RESOURCE_LIMITS,
        severity = Severity.WARNING,
        summary = "A container has no memory limit.",
        fix = "Set `resources.limits.memory` (or a LimitRange default for the namespace).",
        aliases = {"CKV_K8S_13", "KSV018"})
public final class MissingMemoryLimit implements KubernetesRule {
    private static final MissingResources CHECK = new MissingResources("memory", true);

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        CHECK.check(ctx, sink);
    }
}
