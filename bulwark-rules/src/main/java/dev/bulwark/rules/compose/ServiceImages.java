package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import java.util.Optional;

/** The image a service runs, as the image tables ({@code dev.bulwark.rules.images}) take it. */
public final class ServiceImages {
    private ServiceImages() {
    }

    /** The {@code image} as a valid name; empty when absent, unresolved or invalid. */
    public static Optional<ImageName> image(Service service) {
        Optional<ComposeScalar> image = service.image();
        if (image.isEmpty() || image.get().isUnresolved()) {
            return Optional.empty();
        }
        ImageReference ref = ImageReference.parse(image.get().value().strip());
        return ref instanceof ImageName name ? Optional.of(name) : Optional.<ImageName>empty();
    }

    /**
     * The image when the service pulls it rather than building it: with {@code build}, {@code image}
     * only names the result, whose content comes from the Dockerfile.
     */
    public static Optional<ImageName> pulledImage(Service service) {
        return service.build().isPresent() ? Optional.<ImageName>empty() : image(service);
    }
}
