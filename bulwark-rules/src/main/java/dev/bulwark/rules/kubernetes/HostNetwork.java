package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/** A pod template with {@code hostNetwork: true}. */
@RuleInfo(code = "KU017", name = "host-network", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A pod shares the node's network namespace (`hostNetwork: true`).",
        fix = "Remove `hostNetwork: true`; publish ports through a Service (for RDMA or NCCL, use a device plugin or a secondary network).",
        aliases = {"CKV_K8S_19", "KSV009"})
public final class HostNetwork implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        HostNamespaces.check(ctx, sink, HostNamespaces.Kind.NETWORK);
    }
}
