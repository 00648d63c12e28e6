package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A service {@code volumes} entry in canonical form, from the short syntax
 * {@code [SOURCE:]TARGET[:OPTIONS]} or the long one (NOTES 3.9). {@code source} is empty for an
 * anonymous volume (and for tmpfs). For a bind mount, {@link #hostPath()} is the source resolved
 * against the directory it is relative to (empty for {@code ~} paths and unresolved values).
 */
public final class VolumeMount implements Mount {
    private final ComposeNode node;
    private final VolumeType type;
    private final String source;
    private final Span sourceSpan;
    private final String target;
    private final Span targetSpan;
    private final boolean readOnly;
    private final boolean shortForm;
    private final Optional<Path> hostPath;
    private final String propagation;
    private final String selinux;
    private final boolean nocopy;
    private final String subpath;
    private final OptionalLong tmpfsSize;

    VolumeMount(ComposeNode node, VolumeType type, String source, Span sourceSpan, String target, Span targetSpan,
                boolean readOnly, boolean shortForm, Optional<Path> hostPath, String propagation, String selinux,
                boolean nocopy, String subpath, OptionalLong tmpfsSize) {
        this.node = Objects.requireNonNull(node, "node");
        this.type = Objects.requireNonNull(type, "type");
        this.source = Objects.requireNonNull(source, "source");
        this.sourceSpan = Objects.requireNonNull(sourceSpan, "sourceSpan");
        this.target = Objects.requireNonNull(target, "target");
        this.targetSpan = Objects.requireNonNull(targetSpan, "targetSpan");
        this.readOnly = readOnly;
        this.shortForm = shortForm;
        this.hostPath = Objects.requireNonNull(hostPath, "hostPath");
        this.propagation = Objects.requireNonNull(propagation, "propagation");
        this.selinux = Objects.requireNonNull(selinux, "selinux");
        this.nocopy = nocopy;
        this.subpath = Objects.requireNonNull(subpath, "subpath");
        this.tmpfsSize = Objects.requireNonNull(tmpfsSize, "tmpfsSize");
    }

    @Override
    public ComposeNode node() {
        return node;
    }

    public VolumeType type() {
        return type;
    }

    /** The host path (bind), volume name (volume), image (image); empty for anonymous volumes and tmpfs. */
    public String source() {
        return source;
    }

    /** The source's exact span when it can be cut out of a short form, else the entry. */
    public Span sourceSpan() {
        return sourceSpan;
    }

    @Override
    public String target() {
        return target;
    }

    public Span targetSpan() {
        return targetSpan;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    public boolean isShortForm() {
        return shortForm;
    }

    /**
     * True when the entry depends on a variable with no value here: its source (and, for a short
     * form that only parses as written, its type) may not be what Compose would use.
     */
    public boolean isUnresolved() {
        return Nodes.isUnresolved(node);
    }

    public boolean isBind() {
        return type == VolumeType.BIND;
    }

    /** A named volume (a {@code volume} with a source). */
    public boolean isNamedVolume() {
        return type == VolumeType.VOLUME && !source.isEmpty();
    }

    public boolean isAnonymous() {
        return type == VolumeType.VOLUME && source.isEmpty();
    }

    public Optional<Path> hostPath() {
        return hostPath;
    }

    public String propagation() {
        return propagation;
    }

    public String selinux() {
        return selinux;
    }

    public boolean nocopy() {
        return nocopy;
    }

    public String subpath() {
        return subpath;
    }

    /** {@code tmpfs.size} of a long-form tmpfs volume, in bytes. */
    public OptionalLong tmpfsSize() {
        return tmpfsSize;
    }

    @Override
    public String toString() {
        return "VolumeMount[" + type + " " + source + " -> " + target + "]";
    }
}
