package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;
import java.util.Optional;

/**
 * One {@code name[=default]} word of ARG (spec 1.6, 1.10). The default is raw text (quotes kept);
 * {@code defaultRange} is empty, just after the name, when there is no {@code =}.
 */
public record ArgDeclaration(String name, Optional<String> defaultValue, TextRange range, TextRange nameRange,
        TextRange defaultRange) {
}
