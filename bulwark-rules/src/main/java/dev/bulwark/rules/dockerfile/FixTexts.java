package dev.bulwark.rules.dockerfile;

import java.util.Locale;

/** Small text helpers the Dockerfile fixes share. */
final class FixTexts {
    private FixTexts() {
    }

    /** {@code keyword} (upper case) in the case the file writes {@code written} in: lower stays lower. */
    static String likeCase(String keyword, String written) {
        return !written.isEmpty() && written.equals(written.toLowerCase(Locale.ROOT))
                ? keyword.toLowerCase(Locale.ROOT) : keyword;
    }

    /**
     * {@code value} as a double-quoted Dockerfile word whose expansion is {@code value} itself:
     * quotes, backslashes and dollars escaped (spec 1.9).
     */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /** The offset just past the line holding {@code offset} (past its line feed; the text's end on the last line). */
    static int lineEnd(String text, int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** The offset where the line holding {@code offset} starts. */
    static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The blanks that indent the line holding {@code offset}. */
    static String indentation(String text, int offset) {
        int start = lineStart(text, offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }
}
