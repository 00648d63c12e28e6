package dev.bulwark.dockerfile.model;

/** {@code FROM scratch}: the empty image (spec 1.11). */
public record ScratchBase() implements BaseImage {
}
