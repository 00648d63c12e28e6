package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import dev.bulwark.rules.images.KnownImages;
import java.util.Optional;

/**
 * The image a service runs, as far as rules can judge it: written, resolved (no variable without
 * a value) and a valid reference. With {@code build}, {@code image} only names what the build
 * produces, so what the image is (a database, a CUDA image) is not known from its name: those
 * questions are asked with {@link #pulled}.
 */
final class ServiceImages {
    private ServiceImages() {
    }

    /** The service's {@code image}, when resolved and valid. */
    static Optional<ImageName> written(Service service) {
        Optional<ComposeScalar> image = service.image();
        if (image.isEmpty() || image.get().isUnresolved()) {
            return Optional.empty();
        }
        ImageReference ref = ImageReference.parse(image.get().value().strip());
        return ref instanceof ImageName name ? Optional.of(name) : Optional.empty();
    }

    /** The image of a service without {@code build}: one pulled from a registry, whose name says what it is. */
    static Optional<ImageName> pulled(Service service) {
        return service.build().isPresent() ? Optional.<ImageName>empty() : written(service);
    }

    /**
     * The image a service pulls from a registry: without {@code build}, and not the image another
     * service of the project builds ({@code weaviate-2} runs the {@code weaviate/test-server} that
     * {@code weaviate-1} builds), whose tag is the project's own.
     */
    static Optional<ImageName> pulledFromRegistry(ComposeProject project, Service service) {
        Optional<ImageName> image = pulled(service);
        if (image.isEmpty()) {
            return image;
        }
        for (Service other : project.services()) {
            if (other.build().isPresent()) {
                Optional<ImageName> built = written(other);
                if (built.isPresent() && built.get().equals(image.get())) {
                    return Optional.empty();
                }
            }
        }
        return image;
    }

    /** The {@link KnownImages} entry of a pulled image. */
    static Optional<KnownImages.Known> known(Service service) {
        Optional<ImageName> image = pulled(service);
        return image.isPresent() ? KnownImages.of(image.get()) : Optional.<KnownImages.Known>empty();
    }

    /**
     * How messages name the image: {@code `postgres:16`}, and for a value that came through
     * interpolation the text as written too, so the variable shows:
     * {@code `opea/dataprep:latest` (`${REGISTRY:-opea}/dataprep:${TAG:-latest}`)}.
     */
    static String display(Service service) {
        ComposeScalar image = service.image().orElseThrow();
        String shown = "`" + image.value().strip() + "`";
        return image.isInterpolated() ? shown + " (`" + image.raw().strip() + "`)" : shown;
    }
}
