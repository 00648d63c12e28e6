package dev.bulwark.dockerfile.image;

/** A reference Docker would reject, with the reason in Docker's words where it has some. */
public record InvalidImageReference(String raw, String reason) implements ImageReference {
}
