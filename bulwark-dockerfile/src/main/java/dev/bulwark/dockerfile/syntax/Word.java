package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;

/**
 * An argument word as written: quotes and escapes are kept (the variable expander removes them,
 * spec 1.6, 1.9), continuations inside the word are joined. For the JSON form of COPY, ADD and
 * VOLUME the text is the decoded JSON string. {@code range} covers the word in the source.
 */
public record Word(String text, TextRange range) {
}
