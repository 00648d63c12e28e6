package dev.bulwark.dockerfile.expand;

import dev.bulwark.core.TextRange;

/**
 * A substitution error BuildKit would fail the build with (spec 1.9 "Errors"). The range is
 * relative to the expanded input, so a caller holding a {@link dev.bulwark.core.MappedText} maps
 * it back to the file.
 */
public record ExpansionProblem(TextRange range, String message) {
}
