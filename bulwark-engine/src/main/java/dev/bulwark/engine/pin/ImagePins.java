package dev.bulwark.engine.pin;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImagePin;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pins of a run ({@code pins:} in {@code .bulwark.yaml}, then {@code --pin}), by normalised
 * image name: {@code python}, {@code library/python} and {@code docker.io/library/python} are one
 * image, {@code pythonx} and {@code ghcr.io/foo/python} others.
 */
public final class ImagePins {
    public static final ImagePins NONE = new ImagePins(Map.of());

    private final Map<String, ImagePin> byName;

    private ImagePins(Map<String, ImagePin> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /** The pins in order; a later pin of an image replaces an earlier one. */
    public static ImagePins of(Collection<ImagePin> pins) {
        Map<String, ImagePin> byName = new LinkedHashMap<>();
        for (ImagePin pin : pins) {
            byName.remove(pin.name());
            byName.put(pin.name(), pin);
        }
        return new ImagePins(byName);
    }

    /** These pins with {@code over}'s on top (the command line's over the file's). */
    public ImagePins with(ImagePins over) {
        if (over.isEmpty()) {
            return this;
        }
        Map<String, ImagePin> merged = new LinkedHashMap<>(byName);
        merged.putAll(over.byName);
        return new ImagePins(merged);
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    public Collection<ImagePin> all() {
        return byName.values();
    }

    /** The pin of the image {@code ref} names, whatever its tag or digest. */
    public Optional<ImagePin> of(ImageName ref) {
        return Optional.ofNullable(byName.get(ref.name()));
    }
}
