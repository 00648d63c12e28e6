package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;
import java.util.Optional;

/**
 * A {@code --name[=value]} flag (spec 1.5). {@code name} is without the dashes. The value has
 * quotes removed and {@code \}-escapes applied, as BuildKit's flag extraction does; it is empty
 * for {@code --name} alone. {@code valueRange} covers the value text after {@code =} (empty, at
 * the end of the flag, when there is no value).
 */
public record Flag(String name, Optional<String> value, TextRange range, TextRange nameRange, TextRange valueRange) {

    public String valueOrEmpty() {
        return value.orElse("");
    }
}
