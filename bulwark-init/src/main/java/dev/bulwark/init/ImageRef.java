package dev.bulwark.init;

import dev.bulwark.dockerfile.image.ImagePin;
import java.util.Optional;

/**
 * An image reference init writes: repository, exact tag and, when the user gave one with
 * {@code --pin}, a digest. Init never invents a digest: without one the reference is tag-pinned.
 */
public record ImageRef(String repository, String tag, Optional<String> digest) {

    static ImageRef of(String repository, String tag) {
        return new ImageRef(repository, tag, Optional.empty());
    }

    /** {@code python:3.12.8-slim-bookworm}, with {@code @sha256:…} when pinned by digest. */
    public String reference() {
        return repository + ":" + tag + (digest.isPresent() ? "@" + digest.get() : "");
    }

    public boolean pinnedByDigest() {
        return digest.isPresent();
    }

    /** This image with the tag (and digest) of {@code pins}' entry for its repository, if any. */
    ImageRef pinnedBy(Pins pins) {
        Optional<ImagePin> pin = pins.forRepository(repository);
        if (pin.isEmpty()) {
            return this;
        }
        return new ImageRef(repository, pin.get().tag().orElse(tag), pin.get().digest());
    }
}
