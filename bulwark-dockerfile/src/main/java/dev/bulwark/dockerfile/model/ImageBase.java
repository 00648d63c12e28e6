package dev.bulwark.dockerfile.model;

import dev.bulwark.dockerfile.image.ImageReference;

/**
 * A stage built on an image. {@code resolvedText} is the FROM image after expansion with the
 * global ARG defaults; {@code fullyResolved} is false when a variable had no known value (build
 * args, platform ARGs, ARGs without default) or the expansion failed, so {@code ref} may describe
 * a text Docker would never see.
 */
public record ImageBase(ImageReference ref, String resolvedText, boolean fullyResolved) implements BaseImage {
}
