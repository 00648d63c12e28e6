package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerPort;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * A container port with a {@code hostPort}, reported at it. Pods on the host network are left to
 * {@link HostNetwork}: there every container port is a host port anyway.
 */
@RuleInfo(code = "KU025", name = "host-port", practice = Practice.SECURITY,
        severity = Severity.INFO,
        summary = "A container port is bound on the node's address (`hostPort`).",
        fix = "Remove `hostPort` and reach the pod through a Service (`ClusterIP`, or `NodePort`/`LoadBalancer` from outside).",
        aliases = {"CKV_K8S_26", "KSV024"})
public final class HostPort implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.templates(ctx.file())) {
            if (t.hostNetwork().isPresent() && t.hostNetwork().get().isTrue()) {
                continue;
            }
            for (Container c : t.allContainers()) {
                for (ContainerPort p : c.ports()) {
                    Optional<Field> host = p.hostPort();
                    if (host.isPresent() && host.get().integer().isPresent() && host.get().integer().getAsLong() != 0) {
                        Pods.report(sink, host.get().span(), Pods.describe(c) + " binds `hostPort: "
                                + host.get().textOrEmpty() + "` on the node", t);
                    }
                }
            }
        }
    }
}
