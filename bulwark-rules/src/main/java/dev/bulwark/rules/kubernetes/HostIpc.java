package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/** A pod template with {@code hostIPC: true}. */
@RuleInfo(code = "KU019", name = "host-ipc", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A pod shares the node's IPC namespace (`hostIPC: true`).",
        fix = "Remove `hostIPC: true`; give data loaders shared memory with an `emptyDir` of `medium: Memory` at `/dev/shm`.",
        aliases = {"CKV_K8S_18", "KSV008"})
public final class HostIpc implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        HostNamespaces.check(ctx, sink, HostNamespaces.Kind.IPC);
    }
}
