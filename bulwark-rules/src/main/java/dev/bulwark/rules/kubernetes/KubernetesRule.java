package dev.bulwark.rules.kubernetes;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.SpanSink;

/**
 * A rule on Kubernetes manifests. The engine calls it once per manifest file of the run's
 * {@link dev.bulwark.kubernetes.ManifestSet}, with that file's options; it judges the objects of
 * {@code ctx.file()} and may look up the rest of the set (the PVC a volume claims, a namespace's
 * quotas). It never judges a partial object as a whole one, does no I/O and keeps no state.
 */
public interface KubernetesRule extends Rule {

    void check(KubernetesContext ctx, SpanSink sink);
}
