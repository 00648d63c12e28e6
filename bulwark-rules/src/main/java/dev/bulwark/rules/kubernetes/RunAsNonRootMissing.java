package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.SecurityContext;
import dev.bulwark.kubernetes.SecurityLevel;
import dev.bulwark.kubernetes.SecuritySetting;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.NonRootImages;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A container that may run as root: its effective security context (container over pod) has
 * neither {@code runAsNonRoot: true} nor a non-zero {@code runAsUser}. An explicit
 * {@code runAsNonRoot: false} is reported where it is written, in patches too; a missing setting
 * only in whole pod templates. {@code runAsUser: 0} is {@link RunAsUserRoot}'s finding.
 */
@RuleInfo(code = "KU011", name = "run-as-non-root-missing", practice = Practice.NON_ROOT_USER,
        severity = Severity.WARNING,
        summary = "A container may run as root: no `runAsNonRoot: true` and no non-zero `runAsUser`.",
        fix = "Set `securityContext.runAsNonRoot: true` (pod or container) and a non-zero `runAsUser` the image supports.",
        aliases = {"CKV_K8S_23", "run-as-non-root"})
public final class RunAsNonRootMissing implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            if (!t.hasPodSpec()) {
                continue;
            }
            for (Container c : t.allContainers()) {
                SecurityContext sc = c.securityContext();
                Optional<SecuritySetting> nonRoot = sc.runAsNonRoot();
                if (nonRoot.isPresent() && nonRoot.get().isTrue()) {
                    continue;
                }
                if (sc.runAsUser().isPresent()) {
                    // A non-root UID runs as that user; UID 0 is KU012's finding; a template
                    // parameter is decided elsewhere.
                    continue;
                }
                if (nonRoot.isPresent() && nonRoot.get().isFalse()) {
                    SecuritySetting s = nonRoot.get();
                    if (reported.add(s.span())) {
                        String who = s.level() == SecurityLevel.POD ? "the pod security context of " + t.displayName()
                                : Pods.describe(c);
                        Pods.report(sink, s.span(), "`runAsNonRoot: false` in " + who, t);
                    }
                } else if (!t.isPartial() && !PlatformDefaults.suppliesSecurityContext(c)
                        && !NonRootImages.isKnownNonRoot(c.imageText())) {
                    Pods.report(sink, c.locator(), Pods.describe(c)
                            + " sets neither `runAsNonRoot: true` nor a non-root `runAsUser`", t);
                }
            }
        }
    }
}
