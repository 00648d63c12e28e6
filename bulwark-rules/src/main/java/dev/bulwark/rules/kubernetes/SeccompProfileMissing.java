package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.SecurityContext;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A container without a seccomp profile in effect: its effective {@code seccompProfile} (container
 * over pod) is missing in a whole pod template, or is {@code Unconfined} (reported where it is
 * written). The deprecated annotations ({@code seccomp.security.alpha.kubernetes.io/pod},
 * {@code container.seccomp.security.alpha.kubernetes.io/<name>}) count as set when they name a
 * profile: older clusters still honour them.
 */
@RuleInfo(code = "KU023", name = "seccomp-profile-missing", practice = Practice.SECURITY,
        severity = Severity.INFO,
        summary = "A container runs without a seccomp profile (none set, or `Unconfined`).",
        fix = "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod.",
        aliases = {"KSV030"})
public final class SeccompProfileMissing implements KubernetesRule {
    private static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
    private static final String CONTAINER_ANNOTATION = "container.seccomp.security.alpha.kubernetes.io/";

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            if (!t.hasPodSpec()) {
                continue;
            }
            for (Container c : t.allContainers()) {
                SecurityContext sc = c.securityContext();
                if (sc.seccompProfile().isPresent()) {
                    Optional<Field> type = sc.seccompProfileType();
                    if (type.isPresent() && type.get().textOrEmpty().equals("Unconfined")
                            && reported.add(type.get().span())) {
                        Pods.report(sink, type.get().span(), "seccomp profile `Unconfined` for " + Pods.describe(c), t);
                    }
                } else if (!t.isPartial() && !PlatformDefaults.suppliesSecurityContext(c) && !annotated(t, c)) {
                    Pods.report(sink, c.locator(), Pods.describe(c) + " has no seccomp profile", t);
                }
            }
        }
    }

    private static boolean annotated(PodTemplate t, Container c) {
        Optional<String> pod = t.annotations().value(POD_ANNOTATION);
        Optional<String> own = t.annotations().value(CONTAINER_ANNOTATION + c.nameText());
        Optional<String> profile = own.isPresent() ? own : pod;
        return profile.isPresent() && !profile.get().equals("unconfined");
    }
}
