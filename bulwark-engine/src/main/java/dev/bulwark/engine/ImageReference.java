package dev.bulwark.engine;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.util.Objects;

/**
 * A place of the audited files that builds or names an image: the final {@code FROM} of a
 * Dockerfile the project graph knows to be built under {@code image}, a Compose service's
 * {@code image:}, a Kubernetes container's {@code image:}. Scanner results about that image
 * ({@code check --import}) are reported there. {@code builds} is true for a Dockerfile.
 */
public record ImageReference(String image, SourceText source, TextRange range, boolean builds) {

    public ImageReference {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(range, "range");
    }
}
