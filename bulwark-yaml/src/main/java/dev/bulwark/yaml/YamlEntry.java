package dev.bulwark.yaml;

import java.util.Objects;
import java.util.Optional;

/** One key/value pair of a mapping. */
public record YamlEntry(YamlNode key, YamlNode value) {

    public YamlEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** The key's text when the key is a scalar (almost always). */
    public Optional<String> keyText() {
        return key.scalarValue();
    }
}
