package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * A PersistentVolumeClaim: an object of that kind, a StatefulSet's (or Argo Workflow's)
 * {@code volumeClaimTemplates[]} item, or an ephemeral volume's claim template. All three have
 * {@code metadata} and {@code spec}.
 */
public final class PersistentVolumeClaim {
    private final KubeObject object;
    private final YamlMapping node;
    private final Span span;
    private final Field name;
    private final List<Field> accessModes;
    private final ResourceQuantity storageRequest;
    private final Field storageClassName;
    private final Field volumeMode;
    private final Field volumeName;

    private PersistentVolumeClaim(KubeObject object, YamlMapping node, Span span, Field name, List<Field> accessModes,
                                  ResourceQuantity storageRequest, Field storageClassName, Field volumeMode,
                                  Field volumeName) {
        this.object = object;
        this.node = node;
        this.span = span;
        this.name = name;
        this.accessModes = accessModes;
        this.storageRequest = storageRequest;
        this.storageClassName = storageClassName;
        this.volumeMode = volumeMode;
        this.volumeName = volumeName;
    }

    /** Reads a claim from a mapping with {@code metadata} and {@code spec}; {@code object} is null for a template. */
    static PersistentVolumeClaim read(ReadContext ctx, YamlMapping m, KubeObject object) {
        Optional<YamlMapping> meta = ctx.mapping(m, "metadata");
        Field name = meta.isPresent() ? ctx.string(meta.get(), "name").orElse(null) : null;
        Optional<YamlMapping> spec = ctx.mapping(m, "spec");
        YamlMapping s = spec.orElse(null);
        List<Field> modes = s == null ? List.of() : ctx.stringList(s, "accessModes");
        ResourceQuantity storage = null;
        Optional<YamlMapping> resources = ctx.mapping(s, "resources");
        if (resources.isPresent()) {
            storage = ResourceList.read(ctx, resources.get(), "requests").get(ResourceNames.STORAGE).orElse(null);
        }
        return new PersistentVolumeClaim(object, m, ctx.span(m), name, modes, storage,
                ctx.string(s, "storageClassName").orElse(null), ctx.string(s, "volumeMode").orElse(null),
                ctx.string(s, "volumeName").orElse(null));
    }

    /** The object, for a PersistentVolumeClaim object; empty for a claim template. */
    public Optional<KubeObject> object() {
        return Optional.ofNullable(object);
    }

    public YamlMapping node() {
        return node;
    }

    public Span span() {
        return span;
    }

    /** {@code metadata.name}. */
    public Optional<Field> name() {
        return Optional.ofNullable(name);
    }

    public String nameText() {
        return name == null ? "" : name.textOrEmpty();
    }

    /** {@code spec.accessModes} items. */
    public List<Field> accessModes() {
        return accessModes;
    }

    public boolean hasAccessMode(String mode) {
        for (Field f : accessModes) {
            if (f.textOrEmpty().equals(mode)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the claim can be mounted by one node only: its access modes are
     * {@code ReadWriteOnce} or {@code ReadWriteOncePod} and nothing wider.
     */
    public boolean isSingleNodeWritable() {
        boolean once = hasAccessMode("ReadWriteOnce") || hasAccessMode("ReadWriteOncePod");
        return once && !hasAccessMode("ReadWriteMany") && !hasAccessMode("ReadOnlyMany");
    }

    /** {@code spec.resources.requests.storage}. */
    public Optional<ResourceQuantity> storageRequest() {
        return Optional.ofNullable(storageRequest);
    }

    public Optional<Field> storageClassName() {
        return Optional.ofNullable(storageClassName);
    }

    public Optional<Field> volumeMode() {
        return Optional.ofNullable(volumeMode);
    }

    public Optional<Field> volumeName() {
        return Optional.ofNullable(volumeName);
    }

    @Override
    public String toString() {
        return "PersistentVolumeClaim[" + nameText() + "]";
    }
}
