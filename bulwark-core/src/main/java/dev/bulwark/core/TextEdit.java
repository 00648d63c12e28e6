package dev.bulwark.core;

import java.util.Objects;

/**
 * Replaces the text in {@code range} of the original source with {@code replacement}; an empty
 * range inserts, an empty replacement deletes.
 */
public record TextEdit(TextRange range, String replacement) {

    public TextEdit {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(replacement, "replacement");
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(TextRange.empty(at), text);
    }

    public static TextEdit replace(TextRange range, String text) {
        return new TextEdit(range, text);
    }

    public static TextEdit delete(TextRange range) {
        return new TextEdit(range, "");
    }

    /** The line ending new lines in {@code text} should have: CRLF when its first line ends so, else LF. */
    public static String lineEnding(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }
}
