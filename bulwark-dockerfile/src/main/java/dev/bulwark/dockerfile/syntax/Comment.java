package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;

/**
 * A comment line. {@code text} is what follows {@code #}, trimmed, as BuildKit keeps it
 * ({@code Node.PrevComment}, spec 1.3); {@code range} covers the whole line from {@code #}.
 */
public record Comment(String text, TextRange range) {
}
