package dev.bulwark.engine.pin;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Span;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service images of a Compose project that name a pinned image and do not use its pin,
 * reported where the {@code image:} is written (an override file, an anchor, an {@code extends}
 * base), once. A service with {@code build} is left alone: its {@code image} names what the build
 * produces, and pinning it would tag a local build with a release's version; so is a service that
 * runs the image (the same tag) another service builds.
 */
public final class ComposePins {
    private ComposePins() {
    }

    public static List<PinFinding> find(ComposeProject project, ImagePins pins) {
        Set<String> built = new HashSet<>();
        for (Service service : project.services()) {
            Optional<ImageName> image = image(service);
            if (service.build().isPresent() && image.isPresent()) {
                built.add(image.get().canonical());
            }
        }
        List<PinFinding> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Service service : project.services()) {
            Optional<ImageName> image = image(service);
            if (service.build().isPresent() || image.isEmpty() || built.contains(image.get().canonical())) {
                continue;
            }
            ComposeScalar scalar = service.image().get();
            Span holder = scalar.span();
            if (!reported.add(holder.path() + ":" + holder.range().start())) {
                continue;
            }
            Optional<Span> at = WrittenText.locate(holder, scalar.raw().strip());
            String shown = "`" + scalar.value().strip() + "` (service `" + service.name() + "`)";
            Optional<PinFinding> finding = PinFinding.of(at.isPresent() ? at.get() : holder,
                    at.isPresent() ? Optional.of(scalar.raw().strip()) : Optional.<String>empty(), image.get(), pins, shown);
            if (finding.isPresent()) {
                out.add(finding.get());
            }
        }
        return out;
    }

    private static Optional<ImageName> image(Service service) {
        Optional<ComposeScalar> image = service.image();
        if (image.isEmpty() || image.get().isUnresolved()) {
            return Optional.empty();
        }
        ImageReference ref = ImageReference.parse(image.get().value().strip());
        return ref instanceof ImageName name ? Optional.of(name) : Optional.<ImageName>empty();
    }
}
