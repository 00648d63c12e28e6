package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.SecurityContext;
import dev.bulwark.kubernetes.SecuritySetting;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * A container of a whole pod template that does not drop every capability
 * ({@code capabilities.drop: [ALL]}): reported at its {@code capabilities} entry when it has one
 * that drops less, else at the container.
 */
@RuleInfo(code = "KU015", name = "container-capabilities-not-dropped", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A container keeps the runtime's default Linux capabilities (`drop: [ALL]` missing).",
        fix = "Set `securityContext.capabilities.drop: [ALL]` and add back only what the process needs (`NET_BIND_SERVICE`).",
        aliases = {"CKV_K8S_37", "KSV003"}, autofix = FixApplicability.UNSAFE)
public final class ContainerCapabilitiesNotDropped implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.wholeTemplates(ctx.file())) {
            if (!t.hasPodSpec()) {
                continue;
            }
            for (Container c : t.allContainers()) {
                SecurityContext sc = c.securityContext();
                if (sc.dropsAllCapabilities() || PlatformDefaults.suppliesSecurityContext(c)) {
                    continue;
                }
                Optional<SecuritySetting> caps = sc.capabilities();
                if (caps.isPresent()) {
                    Pods.report(sink, caps.get().field().keySpan(), Pods.describe(c) + " does not drop `ALL` capabilities", t);
                } else {
                    // Unsafe: a process that needs a capability (binding a port below 1024) then fails.
                    ContainerSecurityFix.report(sink, c, t, Pods.describe(c) + " does not drop `ALL` capabilities",
                            "capabilities", "{drop: [\"ALL\"]}", FixApplicability.UNSAFE);
                }
            }
        }
    }
}
