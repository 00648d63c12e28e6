package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/** A container without a memory request (init containers too): the scheduler may place it on a node without room, and it is evicted first. */
@RuleInfo(code = "KU004", name = "container-without-memory-request", practice = Practice.RESOURCE_LIMITS,
        severity = Severity.WARNING,
        summary = "A container has no memory request.",
        fix = "Set `resources.requests.memory` to the working set the container needs (`512Mi`, `16Gi`).")
public final class MissingMemoryRequest implements KubernetesRule {
    private static final MissingResources CHECK = new MissingResources("memory", false);

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        CHECK.check(ctx, sink);
    }
}
