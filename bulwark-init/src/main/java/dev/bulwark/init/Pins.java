package dev.bulwark.init;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImagePin;
import dev.bulwark.dockerfile.image.ImageReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --pin} choices of {@code init}: for an image ({@code python}, {@code nvidia/cuda}),
 * the exact tag and optionally the digest ({@code 3.12.8-slim-bookworm@sha256:…}) init writes
 * instead of its table's. A pin applies to every image of that repository the setup uses. They
 * are read as {@code check} and {@code fix} read theirs ({@link ImagePin}), so one pin means the
 * same to every command.
 */
public final class Pins {
    private final Map<String, ImagePin> byName;

    private Pins(Map<String, ImagePin> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static Pins none() {
        return new Pins(Map.of());
    }

    /**
     * Reads {@code IMAGE=TAG}, {@code IMAGE=TAG@sha256:…}, {@code IMAGE=@sha256:…} or a pinned
     * reference ({@code IMAGE:TAG}).
     *
     * @throws IllegalArgumentException with a message for the user when one is malformed
     */
    public static Pins parse(Iterable<String> arguments) {
        Map<String, ImagePin> pins = new LinkedHashMap<>();
        for (String argument : arguments) {
            ImagePin pin;
            try {
                pin = ImagePin.parse(argument);
            } catch (ImagePin.InvalidPinException e) {
                throw new IllegalArgumentException("--pin " + argument + ": " + e.getMessage());
            }
            pins.put(pin.name(), pin);
        }
        return new Pins(pins);
    }

    /** The pin for the image init writes as {@code repository} ({@code python}), if any. */
    Optional<ImagePin> forRepository(String repository) {
        return ImageReference.parse(repository) instanceof ImageName name
                ? Optional.ofNullable(byName.get(name.name())) : Optional.empty();
    }
}
