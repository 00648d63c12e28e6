package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import java.util.OptionalInt;

/**
 * A heredoc (spec 1.7). {@code delimiter} is the name with quotes removed; {@code quoted} means
 * part of the marker word was quoted, so the body is not expanded; {@code chomp} is {@code <<-}
 * and then {@code body} has the leading tabs of every line removed. {@code body} holds the body
 * lines verbatim with their line endings. {@code terminatorRange} is empty at the end of the file
 * when the heredoc is unterminated.
 */
public record Heredoc(String delimiter, boolean chomp, boolean quoted, OptionalInt fd, TextRange markerRange,
        MappedText body, TextRange terminatorRange) {

    public boolean expands() {
        return !quoted;
    }
}
