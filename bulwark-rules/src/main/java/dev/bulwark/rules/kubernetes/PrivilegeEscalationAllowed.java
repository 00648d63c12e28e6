package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.SecuritySetting;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A container whose {@code allowPrivilegeEscalation} is not {@code false}: written {@code true}
 * (reported there, in patches too), or not written in a whole pod template (the runtime default
 * allows escalation). A privileged container cannot set it to false; that is KU013's finding too.
 */
@RuleInfo(code = "KU014", name = "privilege-escalation-allowed", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A container does not set `allowPrivilegeEscalation: false`.",
        fix = "Set `securityContext.allowPrivilegeEscalation: false` on the container.",
        aliases = {"CKV_K8S_20", "KSV001"})
public final class PrivilegeEscalationAllowed implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            if (!t.hasPodSpec()) {
                continue;
            }
            for (Container c : t.allContainers()) {
                Optional<SecuritySetting> escalation = c.securityContext().allowPrivilegeEscalation();
                if (escalation.isPresent()) {
                    if (escalation.get().isTrue() && reported.add(escalation.get().span())) {
                        Pods.report(sink, escalation.get().span(), Pods.describe(c)
                                + " allows privilege escalation", t);
                    }
                } else if (!t.isPartial() && !PlatformDefaults.suppliesSecurityContext(c)) {
                    Pods.report(sink, c.locator(), Pods.describe(c) + " does not set `allowPrivilegeEscalation: false`", t);
                }
            }
        }
    }
}
