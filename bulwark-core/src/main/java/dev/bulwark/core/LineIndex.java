package dev.bulwark.core;

import java.util.Arrays;

/**
 * Maps UTF-16 offsets to 1-based lines and columns. A line ends after {@code \n}; a {@code \r}
 * before it belongs to the line's terminator, so CRLF files number like LF files (Docker trims
 * either, spec 1.1). Columns count UTF-16 code units, as SARIF's {@code utf16CodeUnits}.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** Number of lines; a trailing newline does not start a further line. */
    public int lineCount() {
        int n = lineStarts.length;
        return n > 1 && lineStarts[n - 1] == text.length() ? n - 1 : n;
    }

    /** 1-based line of an offset ({@code offset == text.length()} is allowed). */
    public int line(int offset) {
        checkOffset(offset);
        int idx = Arrays.binarySearch(lineStarts, offset);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /** 1-based column (UTF-16 code units) of an offset. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset of the end of the line's content, before {@code \r\n} or {@code \n}. */
    public int lineContentEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (line < lineStarts.length && end > lineStarts[line - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return Math.max(end, lineStarts[line - 1]);
    }

    /** The text of a line without its terminator. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineContentEnd(line));
    }

    public Position position(int offset) {
        int line = line(offset);
        return new Position(line, offset - lineStarts[line - 1] + 1);
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + text.length() + "]");
        }
    }
}
