package dev.bulwark.rules.kubernetes;

import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.LimitRange;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.Resources;
import dev.bulwark.rules.SpanSink;

/**
 * The check shared by the four resource rules: a container (init containers too) of a whole pod
 * template that sets neither the request or limit asked for, nor gets it from elsewhere. A
 * request is in effect when only the limit is written (Kubernetes copies the limit), when a
 * LimitRange of the namespace in the set gives containers a default ({@code defaultRequest},
 * {@code default} or {@code max}, as the API server defaults them in that order), or when the
 * platform fills it in ({@link PlatformDefaults#suppliesResources}). A container that only waits
 * ({@link IdleCommands}: a toolbox to {@code kubectl exec} into, an init container looping until a
 * service answers) is not judged, nor one whose {@code resources} block says in a comment why the
 * value is left out ({@code # No CPU limit on purpose: ...}): the author weighed the practice.
 */
final class MissingResources {
    /** {@code cpu} or {@code memory}. */
    private final String resource;
    private final boolean limit;

    MissingResources(String resource, boolean limit) {
        this.resource = resource;
        this.limit = limit;
    }

    void check(KubernetesContext ctx, SpanSink sink) {
        ManifestSet set = ctx.set();
        for (PodTemplate t : Pods.wholeTemplates(ctx.file())) {
            if (!t.hasPodSpec()) {
                continue;
            }
            for (Container c : t.allContainers()) {
                if (PlatformDefaults.suppliesResources(c) || isSet(c.resources()) || namespaceDefault(set, t)
                        || IdleCommands.isIdle(c)) {
                    continue;
                }
                String what = (resource.equals("cpu") ? "CPU" : "memory") + (limit ? " limit" : " request");
                if (ResourceComments.mention(c.resources(), what)) {
                    continue;
                }
                Pods.report(sink, c.locator(), Pods.describe(c) + " has no " + what, t);
            }
        }
    }

    private boolean isSet(Resources r) {
        if (r.limit(resource).isPresent()) {
            return true;
        }
        return !limit && r.request(resource).isPresent();
    }

    private boolean namespaceDefault(ManifestSet set, PodTemplate t) {
        for (LimitRange range : set.limitRangesIn(set.namespaceOf(t.object()))) {
            for (LimitRange.Item item : range.limits()) {
                if (!item.typeText().equals("Container")) {
                    continue;
                }
                boolean defaultLimit = item.defaultLimits().has(resource) || item.max().has(resource);
                if (defaultLimit || (!limit && item.defaultRequest().has(resource))) {
                    return true;
                }
            }
        }
        return false;
    }
}
