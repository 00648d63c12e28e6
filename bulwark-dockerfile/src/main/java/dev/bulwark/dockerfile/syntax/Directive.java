package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;

/**
 * A parser directive of the leading block (spec 1.2). {@code key} is lower-cased
 * ({@code syntax}, {@code escape} or {@code check}); {@code value} is trimmed and case-sensitive.
 */
public record Directive(String key, String value, TextRange range, TextRange keyRange, TextRange valueRange) {
}
