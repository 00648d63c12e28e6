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

/** A container with {@code securityContext.privileged: true} (init containers and patches too). */
@RuleInfo(code = "KU013", name = "privileged-container", practice = Practice.SECURITY,
        severity = Severity.ERROR,
        summary = "A container runs privileged: it has every capability and the host's devices.",
        fix = "Remove `privileged: true`; add only the capabilities or devices the container needs (a GPU through the device plugin).",
        aliases = {"CKV_K8S_16", "KSV017"})
public final class PrivilegedContainer implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            for (Container c : t.allContainers()) {
                Optional<SecuritySetting> privileged = c.securityContext().privileged();
                if (privileged.isPresent() && privileged.get().isTrue() && reported.add(privileged.get().span())) {
                    Pods.report(sink, privileged.get().span(), Pods.describe(c) + " runs privileged", t);
                }
            }
        }
    }
}
