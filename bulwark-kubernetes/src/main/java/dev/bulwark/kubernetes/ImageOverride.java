package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import java.util.Optional;

/** One {@code images[]} item of a kustomization: rewrites the image {@code name} of every container in its resources. */
public final class ImageOverride {
    private final Kustomization kustomization;
    private final Span span;
    private final Field name;
    private final Field newName;
    private final Field newTag;
    private final Field digest;

    ImageOverride(Kustomization kustomization, Span span, Field name, Field newName, Field newTag, Field digest) {
        this.kustomization = kustomization;
        this.span = span;
        this.name = name;
        this.newName = newName;
        this.newTag = newTag;
        this.digest = digest;
    }

    public Kustomization kustomization() {
        return kustomization;
    }

    public Span span() {
        return span;
    }

    /** The image name matched (without tag or digest). */
    public Optional<Field> name() {
        return Optional.ofNullable(name);
    }

    public String nameText() {
        return name == null ? "" : name.textOrEmpty();
    }

    public Optional<Field> newName() {
        return Optional.ofNullable(newName);
    }

    public Optional<Field> newTag() {
        return Optional.ofNullable(newTag);
    }

    public Optional<Field> digest() {
        return Optional.ofNullable(digest);
    }

    /** True when the override sets a tag or a digest (the base's tag no longer matters). */
    public boolean setsVersion() {
        return newTag != null || digest != null;
    }

    @Override
    public String toString() {
        return "ImageOverride[" + nameText() + "]";
    }
}
