package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/** A pod template with {@code hostPID: true}. */
@RuleInfo(code = "KU018", name = "host-pid", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A pod shares the node's process namespace (`hostPID: true`).",
        fix = "Remove `hostPID: true`.",
        aliases = {"CKV_K8S_17", "KSV010"})
public final class HostPid implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        HostNamespaces.check(ctx, sink, HostNamespaces.Kind.PID);
    }
}
