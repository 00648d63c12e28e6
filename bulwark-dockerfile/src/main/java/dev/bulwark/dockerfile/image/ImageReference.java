package dev.bulwark.dockerfile.image;

/**
 * An image reference as Docker reads it ({@code distribution/reference} {@code ParseNormalizedNamed}):
 * either a valid {@link ImageName} or an {@link InvalidImageReference} saying why it is not one.
 * Parsing never throws.
 */
public sealed interface ImageReference permits ImageName, InvalidImageReference {

    /** The text that was parsed. */
    String raw();

    default boolean isValid() {
        return this instanceof ImageName;
    }

    static ImageReference parse(String text) {
        return ReferenceParser.parse(text);
    }
}
