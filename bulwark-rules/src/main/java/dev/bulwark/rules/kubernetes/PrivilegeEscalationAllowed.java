package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextEdit;
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
        aliases = {"CKV_K8S_20", "KSV001"}, autofix = FixApplicability.SAFE)
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
                    Span value = escalation.get().span();
                    if (escalation.get().isTrue() && reported.add(value)) {
                        String message = Pods.describe(c) + " allows privilege escalation";
                        Span written = escalation.get().field().valueSpan();
                        if (written.text().equals("true") && written.path().equals(value.path())
                                && value.contains(written)) {
                            sink.report(value, message, t.span(), t.displayName(),
                                    Fix.safe("set `allowPrivilegeEscalation: false`",
                                            TextEdit.replace(written.range(), "false")));
                        } else {
                            Pods.report(sink, value, message, t);
                        }
                    }
                } else if (!t.isPartial() && !PlatformDefaults.suppliesSecurityContext(c)) {
                    ContainerSecurityFix.report(sink, c, t,
                            Pods.describe(c) + " does not set `allowPrivilegeEscalation: false`",
                            "allowPrivilegeEscalation", "false", FixApplicability.SAFE);
                }
            }
        }
    }
}
