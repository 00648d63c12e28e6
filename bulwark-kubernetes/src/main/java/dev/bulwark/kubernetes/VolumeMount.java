package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.Optional;

/**
 * One {@code volumeMounts[]} item, resolved against its pod: the {@link Volume} of that name, or
 * for a StatefulSet (or an Argo Workflow) the claim template of that name.
 */
public final class VolumeMount {
    private final Span span;
    private final Field name;
    private final Field mountPath;
    private final Field readOnly;
    private final Field subPath;
    private final Volume volume;
    private final PersistentVolumeClaim claimTemplate;

    private VolumeMount(Span span, Field name, Field mountPath, Field readOnly, Field subPath, Volume volume,
                        PersistentVolumeClaim claimTemplate) {
        this.span = span;
        this.name = name;
        this.mountPath = mountPath;
        this.readOnly = readOnly;
        this.subPath = subPath;
        this.volume = volume;
        this.claimTemplate = claimTemplate;
    }

    static VolumeMount read(ReadContext ctx, YamlMapping m, PodVolumes volumes) {
        Field name = ctx.string(m, "name").orElse(null);
        String n = name == null ? "" : name.textOrEmpty();
        return new VolumeMount(ctx.span(m), name, ctx.string(m, "mountPath").orElse(null),
                ctx.bool(m, "readOnly").orElse(null), ctx.string(m, "subPath").orElse(null),
                volumes.volume(n).orElse(null), volumes.claimTemplate(n).orElse(null));
    }

    /** The whole item. */
    public Span span() {
        return span;
    }

    public Optional<Field> name() {
        return Optional.ofNullable(name);
    }

    public String nameText() {
        return name == null ? "" : name.textOrEmpty();
    }

    public Optional<Field> mountPath() {
        return Optional.ofNullable(mountPath);
    }

    /** The mount path, {@code ""} when missing. */
    public String path() {
        return mountPath == null ? "" : mountPath.textOrEmpty();
    }

    public Optional<Field> readOnly() {
        return Optional.ofNullable(readOnly);
    }

    /** True when {@code readOnly: true}, or when the volume is a PVC mounted {@code readOnly}, a Secret, ConfigMap, projected, downward API or image volume (always read-only). */
    public boolean isReadOnly() {
        if (readOnly != null && readOnly.isTrue()) {
            return true;
        }
        if (volume == null) {
            return false;
        }
        switch (volume.type()) {
            case SECRET: case CONFIG_MAP: case PROJECTED: case DOWNWARD_API: case IMAGE:
                return true;
            case PERSISTENT_VOLUME_CLAIM:
                return volume.readOnly().isPresent() && volume.readOnly().get().isTrue();
            default:
                return false;
        }
    }

    public Optional<Field> subPath() {
        return Optional.ofNullable(subPath);
    }

    /** The pod volume this mount names, when the pod declares it. */
    public Optional<Volume> volume() {
        return Optional.ofNullable(volume);
    }

    /** The StatefulSet {@code volumeClaimTemplates} (or Argo Workflow claim template) item this mount names. */
    public Optional<PersistentVolumeClaim> claimTemplate() {
        return Optional.ofNullable(claimTemplate);
    }

    /** True when the mount names a declared volume or claim template. */
    public boolean isResolved() {
        return volume != null || claimTemplate != null;
    }

    @Override
    public String toString() {
        return "VolumeMount[" + nameText() + " at " + path() + "]";
    }
}
