package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.Volume;
import dev.bulwark.kubernetes.VolumeMount;
import dev.bulwark.kubernetes.VolumeType;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.List;
import java.util.Optional;

/**
 * A model server that mounts the volume it loads its model from ({@code MODEL_DIR}, or a server
 * option such as {@code --model /models/llama}) writable, when that volume outlives the pod and may
 * be shared (a PersistentVolumeClaim, a host path, NFS, CSI). A compromised or buggy server can
 * then change the model every replica loads. Download caches ({@code HF_HOME}...) must stay
 * writable and are not judged, nor pod-local {@code emptyDir} volumes an init container fills.
 */
@RuleInfo(code = "KU048", name = "served-model-volume-writable", practice = Practice.MODEL_ARTIFACTS,
        severity = Severity.INFO,
        summary = "A model server mounts its persistent model volume writable.",
        fix = "Add `readOnly: true` to the model's volume mount in the serving container.")
public final class ServedModelVolumeWritable implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || !ctx.set().patchesFor(object).isEmpty()) {
                continue;
            }
            for (PodTemplate template : object.podTemplates()) {
                for (Container container : template.containers()) {
                    if (!ModelPaths.isModelServer(template, container, ctx.set())) {
                        continue;
                    }
                    VolumeMount reported = null;
                    for (ModelPaths.ModelPath path : ModelPaths.of(container)) {
                        if (path.source() == ModelPaths.Source.CACHE_VARIABLE) {
                            continue;
                        }
                        Optional<VolumeMount> mount = container.mountCovering(path.path());
                        if (mount.isEmpty() || mount.get() == reported || mount.get().isReadOnly()
                                || !isPersistent(mount.get())) {
                            continue;
                        }
                        reported = mount.get();
                        Span at = mount.get().mountPath().isPresent() ? mount.get().mountPath().get().valueSpan()
                                : mount.get().span();
                        Owned.report(sink, at, "model volume `" + mount.get().nameText() + "` is writable in "
                                + container.displayName(), container.span(), Owned.name(container),
                                List.of(RelatedLocation.of(path.at().valueSpan(), "model loaded from " + path.path())));
                    }
                }
            }
        }
    }

    private static boolean isPersistent(VolumeMount mount) {
        if (mount.claimTemplate().isPresent()) {
            return true;
        }
        if (mount.volume().isEmpty()) {
            return false;
        }
        Volume v = mount.volume().get();
        VolumeType t = v.type();
        return t == VolumeType.PERSISTENT_VOLUME_CLAIM || t == VolumeType.HOST_PATH || t == VolumeType.NFS
                || t == VolumeType.CSI || t == VolumeType.OTHER;
    }
}
