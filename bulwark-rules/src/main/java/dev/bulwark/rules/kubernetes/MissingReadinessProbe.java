package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A serving container ({@link ServingContainers}: long-running and listening) of a whole pod
 * template without a readiness probe, unless the platform gates traffic itself
 * ({@link PlatformDefaults#suppliesReadiness}: Knative and KServe revisions, KubeRay's Ray
 * container, a KServe model spec).
 */
@RuleInfo(code = "KU007", name = "missing-readiness-probe", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "A serving container has no readiness probe.",
        fix = "Add a `readinessProbe` that succeeds only once the server answers (an HTTP health endpoint, or a TCP check of its port).")
public final class MissingReadinessProbe implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.wholeTemplates(ctx.file())) {
            for (Container c : t.allContainers()) {
                if (c.readinessProbe().isEmpty() && ServingContainers.isServing(c, ctx.set())
                        && !PlatformDefaults.suppliesReadiness(c)) {
                    Pods.report(sink, c.locator(), Pods.describe(c) + " " + ServingContainers.how(c)
                            + " without a readiness probe", t);
                }
            }
        }
    }
}
