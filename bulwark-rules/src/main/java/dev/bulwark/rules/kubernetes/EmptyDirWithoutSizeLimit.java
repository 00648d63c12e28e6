package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.ResourceNames;
import dev.bulwark.kubernetes.Volume;
import dev.bulwark.kubernetes.VolumeType;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * An {@code emptyDir} volume without {@code sizeLimit} in a pod whose containers do not bound it
 * otherwise. A disk-backed one can fill the node's disk until the kubelet evicts pods (bounded
 * when every container has an {@code ephemeral-storage} limit, which emptyDir usage counts
 * against); a memory-backed one is bounded by the containers' memory limits when all have one.
 */
@RuleInfo(code = "KU049", name = "emptydir-without-size-limit", practice = Practice.DATA_VOLUMES,
        severity = Severity.INFO,
        summary = "An `emptyDir` volume has no `sizeLimit` and nothing else bounds it.",
        fix = "Set `emptyDir.sizeLimit` (`sizeLimit: 2Gi`) to what the pod may write there.")
public final class EmptyDirWithoutSizeLimit implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        // An Argo workflow's volumes are visible in each of its templates: report each volume once.
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial()) {
                continue;
            }
            for (PodTemplate template : object.podTemplates()) {
                for (Volume volume : template.volumes()) {
                    if (volume.type() != VolumeType.EMPTY_DIR || volume.emptyDirSizeLimit().isPresent()
                            || boundedByLimits(template, volume.isMemoryBacked()) || !seen.add(volume.node())) {
                        continue;
                    }
                    Span at = volume.source().isPresent() ? volume.source().get().keySpan()
                            : volume.name().isPresent() ? volume.name().get().valueSpan() : volume.span();
                    String kind = volume.isMemoryBacked() ? "in-memory emptyDir" : "emptyDir";
                    Owned.report(sink, at, kind + " `" + volume.nameText() + "` has no sizeLimit", template);
                }
            }
        }
    }

    /** True when every container of the pod limits the resource the volume uses. */
    private static boolean boundedByLimits(PodTemplate template, boolean memory) {
        String resource = memory ? ResourceNames.MEMORY : ResourceNames.EPHEMERAL_STORAGE;
        if (template.allContainers().isEmpty()) {
            return false;
        }
        for (Container c : template.allContainers()) {
            if (c.resources().limit(resource).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
