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
 * A container whose root filesystem is writable: {@code readOnlyRootFilesystem: false} written
 * (reported there, patches too), or not written in a whole pod template.
 */
@RuleInfo(code = "KU022", name = "read-only-root-filesystem-missing", practice = Practice.SECURITY,
        severity = Severity.INFO,
        summary = "A container's root filesystem is writable (`readOnlyRootFilesystem: true` missing).",
        fix = "Set `securityContext.readOnlyRootFilesystem: true` and mount `emptyDir` volumes where the process writes (`/tmp`, caches).",
        aliases = {"CKV_K8S_22", "KSV014", "no-read-only-root-fs"})
public final class ReadOnlyRootFilesystemMissing implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            if (!t.hasPodSpec()) {
                continue;
            }
            for (Container c : t.allContainers()) {
                Optional<SecuritySetting> readOnly = c.securityContext().readOnlyRootFilesystem();
                if (readOnly.isPresent()) {
                    if (readOnly.get().isFalse() && reported.add(readOnly.get().span())) {
                        Pods.report(sink, readOnly.get().span(), Pods.describe(c) + " has a writable root filesystem", t);
                    }
                } else if (!t.isPartial() && !PlatformDefaults.suppliesSecurityContext(c)) {
                    Pods.report(sink, c.locator(), Pods.describe(c) + " does not set `readOnlyRootFilesystem: true`", t);
                }
            }
        }
    }
}
