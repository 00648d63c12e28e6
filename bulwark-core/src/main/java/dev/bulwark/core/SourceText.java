package dev.bulwark.core;

import java.util.Objects;

/**
 * One input file: the path as shown to the user ({@code /}-separated, relative to the working
 * directory where possible) and its full text. The text is the truth every range points into.
 */
public final class SourceText {
    private final String path;
    private final String text;
    private volatile LineIndex lines;

    public SourceText(String path, String text) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public String slice(TextRange range) {
        return text.substring(range.start(), range.end());
    }

    public LineIndex lines() {
        LineIndex result = lines;
        if (result == null) {
            result = new LineIndex(text);
            lines = result;
        }
        return result;
    }

    /** Line and column of both ends of a range, as reported to users. */
    public Location location(TextRange range) {
        LineIndex index = lines();
        Position start = index.position(range.start());
        Position end = index.position(range.end());
        return new Location(path, start.line(), start.column(), end.line(), end.column());
    }

    @Override
    public String toString() {
        return "SourceText[" + path + ", " + text.length() + " chars]";
    }
}
