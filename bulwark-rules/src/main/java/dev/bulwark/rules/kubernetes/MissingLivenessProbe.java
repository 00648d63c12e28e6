package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A serving container ({@link ServingContainers}: long-running and listening) of a whole pod
 * template without a liveness probe, unless the platform probes it
 * ({@link PlatformDefaults#suppliesProbes}: KubeRay's Ray container, a KServe model spec).
 */
@RuleInfo(code = "KU008", name = "missing-liveness-probe", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "A serving container has no liveness probe.",
        fix = "Add a `livenessProbe` that fails only when the process is stuck (a cheap health endpoint); give slow starters a `startupProbe`.")
public final class MissingLivenessProbe implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.wholeTemplates(ctx.file())) {
            for (Container c : t.allContainers()) {
                if (c.livenessProbe().isEmpty() && ServingContainers.isServing(c, ctx.set())
                        && !PlatformDefaults.suppliesProbes(c)) {
                    Pods.report(sink, c.locator(), Pods.describe(c) + " " + ServingContainers.how(c)
                            + " without a liveness probe", t);
                }
            }
        }
    }
}
