package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.EnvVar;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A container's {@code env} that sets the same variable twice. The container sees the last value,
 * while {@code kubectl apply}, which merges {@code env} by name, can keep either one or drop both
 * on the next change: the manifest says two things and the cluster picks one.
 */
@RuleInfo(code = "KU042", name = "duplicate-env-var", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A container sets the same environment variable twice.",
        fix = "Keep one entry per variable name.")
public final class DuplicateEnvVar implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate template : ctx.file().podTemplates()) {
            for (Container container : template.allContainers()) {
                Map<String, EnvVar> first = new HashMap<>();
                for (EnvVar env : container.env()) {
                    String name = env.name();
                    if (name.isEmpty()) {
                        continue;
                    }
                    EnvVar earlier = first.putIfAbsent(name, env);
                    if (earlier != null) {
                        Owned.report(sink, env.locator(), "`" + name + "` is set twice in " + container.displayName(),
                                container.span(), Owned.name(container),
                                List.of(RelatedLocation.of(earlier.locator(), "first set here")));
                    }
                }
            }
        }
    }
}
