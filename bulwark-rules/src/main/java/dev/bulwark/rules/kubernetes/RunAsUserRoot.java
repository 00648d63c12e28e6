package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.SecurityLevel;
import dev.bulwark.kubernetes.SecuritySetting;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code runAsUser: 0} in effect for a container (the container's own, or the pod's when the
 * container sets none). A pod-level setting that every container overrides runs nobody as root
 * and is not reported.
 */
@RuleInfo(code = "KU012", name = "run-as-user-root", practice = Practice.NON_ROOT_USER,
        severity = Severity.ERROR,
        summary = "A container is set to run as root (`runAsUser: 0`).",
        fix = "Run as a non-zero UID the image supports (`runAsUser: 10001`) with `runAsNonRoot: true`; give volumes to it with `fsGroup`.",
        aliases = {"KSV105"})
public final class RunAsUserRoot implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            for (Container c : t.allContainers()) {
                Optional<SecuritySetting> user = c.securityContext().runAsUser();
                if (user.isEmpty()) {
                    continue;
                }
                OptionalLong uid = user.get().integer();
                if (uid.isEmpty() || uid.getAsLong() != 0 || !reported.add(user.get().span())) {
                    continue;
                }
                String message = user.get().level() == SecurityLevel.POD
                        ? "`runAsUser: 0` in the pod security context of " + t.displayName() + " runs its containers as root"
                        : "`runAsUser: 0` runs " + Pods.describe(c) + " as root";
                Pods.report(sink, user.get().span(), message, t);
            }
        }
    }
}
