package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.security.Capabilities;

/**
 * A container that adds a capability that amounts to root on the node or breaks isolation:
 * {@code ALL}, {@code SYS_ADMIN}, {@code NET_ADMIN}, {@code SYS_PTRACE}, {@code SYS_MODULE} and
 * the others listed in the doc. Written with or without {@code CAP_}, in any case, as the runtime
 * accepts. Patches are judged too: the value is written there.
 */
@RuleInfo(code = "KU016", name = "dangerous-capability-added", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A container adds a dangerous Linux capability (`SYS_ADMIN`, `NET_ADMIN`, `ALL`...).",
        fix = "Remove the capability from `capabilities.add`; run the privileged part in a separate, audited component if it is really needed.")
public final class DangerousCapabilityAdded implements KubernetesRule {
    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.templates(ctx.file())) {
            for (Container c : t.allContainers()) {
                for (Field cap : c.securityContext().capabilitiesAdd()) {
                    String name = Capabilities.normalize(cap.textOrEmpty());
                    if (Capabilities.isDangerous(name)) {
                        Pods.report(sink, cap.valueSpan(), Pods.describe(c) + " adds capability `" + name + "`", t);
                    }
                }
            }
        }
    }
}
