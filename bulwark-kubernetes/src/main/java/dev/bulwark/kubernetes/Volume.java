package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlScalar;
import java.util.Optional;

/** One {@code volumes[]} item of a pod, with the facts of its source. */
public final class Volume {
    private final YamlMapping node;
    private final Span span;
    private final Field name;
    private final VolumeType type;
    private final Field source;
    private final Field hostPath;
    private final Field hostPathType;
    private final Field medium;
    private final ResourceQuantity sizeLimit;
    private final Field claimName;
    private final Field readOnly;
    private final Field secretName;
    private final Field configMapName;
    private final Field imageReference;
    private final PersistentVolumeClaim ephemeralClaim;

    private Volume(YamlMapping node, Span span, Field name, VolumeType type, Field source, Field hostPath,
                   Field hostPathType, Field medium, ResourceQuantity sizeLimit, Field claimName, Field readOnly,
                   Field secretName, Field configMapName, Field imageReference, PersistentVolumeClaim ephemeralClaim) {
        this.node = node;
        this.span = span;
        this.name = name;
        this.type = type;
        this.source = source;
        this.hostPath = hostPath;
        this.hostPathType = hostPathType;
        this.medium = medium;
        this.sizeLimit = sizeLimit;
        this.claimName = claimName;
        this.readOnly = readOnly;
        this.secretName = secretName;
        this.configMapName = configMapName;
        this.imageReference = imageReference;
        this.ephemeralClaim = ephemeralClaim;
    }

    static Volume read(ReadContext ctx, YamlMapping m) {
        Field name = ctx.string(m, "name").orElse(null);
        VolumeType type = VolumeType.EMPTY_DIR;
        Field source = null;
        for (YamlEntry e : m.entries()) {
            if (!(e.key() instanceof YamlScalar k) || k.value().equals("name")
                    || (e.value() instanceof YamlScalar v && Scalars.isNull(v))) {
                continue;
            }
            source = ctx.field(m, k.value()).orElse(null);
            type = typeOf(k.value());
            break;
        }
        Field hostPath = null;
        Field hostPathType = null;
        Field medium = null;
        ResourceQuantity sizeLimit = null;
        Field claimName = null;
        Field readOnly = null;
        Field secretName = null;
        Field configMapName = null;
        Field imageReference = null;
        PersistentVolumeClaim ephemeral = null;
        YamlMapping s = null;
        if (source != null) {
            if (source.node() instanceof YamlMapping sm) {
                s = sm;
            } else if (type != VolumeType.OTHER) {
                ctx.wrongType(source, "a mapping");
            }
        }
        if (s != null) {
            switch (type) {
                case HOST_PATH:
                    hostPath = ctx.string(s, "path").orElse(null);
                    hostPathType = ctx.string(s, "type").orElse(null);
                    break;
                case EMPTY_DIR:
                    medium = ctx.string(s, "medium").orElse(null);
                    sizeLimit = sizeLimit(ctx, s);
                    break;
                case PERSISTENT_VOLUME_CLAIM:
                    claimName = ctx.string(s, "claimName").orElse(null);
                    readOnly = ctx.bool(s, "readOnly").orElse(null);
                    break;
                case SECRET:
                    secretName = ctx.string(s, "secretName").orElse(null);
                    break;
                case CONFIG_MAP:
                    configMapName = ctx.string(s, "name").orElse(null);
                    break;
                case IMAGE:
                    imageReference = ctx.string(s, "reference").orElse(null);
                    break;
                case EPHEMERAL:
                    Optional<YamlMapping> template = ctx.mapping(s, "volumeClaimTemplate");
                    if (template.isPresent()) {
                        ephemeral = PersistentVolumeClaim.read(ctx, template.get(), null);
                    }
                    break;
                default:
                    break;
            }
        }
        return new Volume(m, ctx.span(m), name, type, source, hostPath, hostPathType, medium, sizeLimit, claimName,
                readOnly, secretName, configMapName, imageReference, ephemeral);
    }

    private static ResourceQuantity sizeLimit(ReadContext ctx, YamlMapping emptyDir) {
        Optional<Field> f = ctx.field(emptyDir, "sizeLimit");
        if (f.isEmpty()) {
            return null;
        }
        Optional<Quantity> q = f.get().text().isPresent() ? Quantity.parse(f.get().textOrEmpty()) : Optional.empty();
        if (q.isEmpty() && !Scalars.isPlaceholder(f.get().textOrEmpty())) {
            ctx.problem(ProblemKind.INVALID_VALUE, f.get().valueSpan(), "`sizeLimit` is not a quantity");
        }
        return new ResourceQuantity(f.get(), q.orElse(null));
    }

    private static VolumeType typeOf(String key) {
        for (VolumeType t : VolumeType.values()) {
            if (t != VolumeType.OTHER && t.key().equals(key)) {
                return t;
            }
        }
        return VolumeType.OTHER;
    }

    public YamlMapping node() {
        return node;
    }

    /** The whole item. */
    public Span span() {
        return span;
    }

    public Optional<Field> name() {
        return Optional.ofNullable(name);
    }

    /** The volume's name, {@code ""} when missing. */
    public String nameText() {
        return name == null ? "" : name.textOrEmpty();
    }

    public VolumeType type() {
        return type;
    }

    /** The source entry ({@code hostPath: {...}}); empty for a volume with no source (a defaulted emptyDir). */
    public Optional<Field> source() {
        return Optional.ofNullable(source);
    }

    /** The key of the source as written ({@code hostPath}, {@code awsElasticBlockStore}...), {@code ""} when none. */
    public String sourceKey() {
        return source == null ? "" : source.key();
    }

    /** {@code hostPath.path}. */
    public Optional<Field> hostPath() {
        return Optional.ofNullable(hostPath);
    }

    /** {@code hostPath.type} ({@code Socket}, {@code Directory}...). */
    public Optional<Field> hostPathType() {
        return Optional.ofNullable(hostPathType);
    }

    /** {@code emptyDir.medium} ({@code Memory} for tmpfs). */
    public Optional<Field> emptyDirMedium() {
        return Optional.ofNullable(medium);
    }

    /** True for an {@code emptyDir} with {@code medium: Memory} (a tmpfs, as {@code /dev/shm} needs). */
    public boolean isMemoryBacked() {
        return type == VolumeType.EMPTY_DIR && medium != null && medium.textOrEmpty().equals("Memory");
    }

    /** {@code emptyDir.sizeLimit}. */
    public Optional<ResourceQuantity> emptyDirSizeLimit() {
        return Optional.ofNullable(sizeLimit);
    }

    /** {@code persistentVolumeClaim.claimName}. */
    public Optional<Field> claimName() {
        return Optional.ofNullable(claimName);
    }

    /** {@code persistentVolumeClaim.readOnly}. */
    public Optional<Field> readOnly() {
        return Optional.ofNullable(readOnly);
    }

    /** {@code secret.secretName}. */
    public Optional<Field> secretName() {
        return Optional.ofNullable(secretName);
    }

    /** {@code configMap.name}. */
    public Optional<Field> configMapName() {
        return Optional.ofNullable(configMapName);
    }

    /** {@code image.reference}. */
    public Optional<Field> imageReference() {
        return Optional.ofNullable(imageReference);
    }

    /** The claim of a generic ephemeral volume ({@code ephemeral.volumeClaimTemplate}). */
    public Optional<PersistentVolumeClaim> ephemeralClaim() {
        return Optional.ofNullable(ephemeralClaim);
    }

    @Override
    public String toString() {
        return "Volume[" + nameText() + " " + type + "]";
    }
}
