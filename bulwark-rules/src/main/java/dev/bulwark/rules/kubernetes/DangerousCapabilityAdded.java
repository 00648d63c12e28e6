package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Locale;
import java.util.Set;

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
    /** Capabilities that give a container control over the node or other containers. */
    private static final Set<String> DANGEROUS = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE",
            "SYS_RAWIO", "SYS_BOOT", "SYS_TIME", "DAC_READ_SEARCH", "BPF", "PERFMON", "MAC_ADMIN", "MAC_OVERRIDE",
            "SYSLOG");

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.templates(ctx.file())) {
            for (Container c : t.allContainers()) {
                for (Field cap : c.securityContext().capabilitiesAdd()) {
                    String name = cap.textOrEmpty().toUpperCase(Locale.ROOT);
                    if (name.startsWith("CAP_")) {
                        name = name.substring(4);
                    }
                    if (DANGEROUS.contains(name)) {
                        Pods.report(sink, cap.valueSpan(), Pods.describe(c) + " adds capability `" + name + "`", t);
                    }
                }
            }
        }
    }
}
