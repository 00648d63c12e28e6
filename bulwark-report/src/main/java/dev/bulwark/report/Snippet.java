package dev.bulwark.report;

import dev.bulwark.core.LineIndex;
import dev.bulwark.core.Location;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * The source line of a finding as the text report shows it: secrets masked, control characters
 * neutralised, and an underline ({@code ^} then {@code ~}) under the range on that line. The
 * underline's indentation copies the line's tabs so the caret lands under the right character.
 */
record Snippet(int line, String text, String indent, String marks) {

    static Optional<Snippet> of(SourceText source, Location location, List<TextRange> redactions) {
        LineIndex lines = source.lines();
        int line = location.line();
        // The line of the end of the text is the last one a location can name.
        if (line < 1 || line > lines.line(source.length())) {
            return Optional.empty();
        }
        int lineStart = lines.lineStart(line);
        int lineEnd = lines.lineContentEnd(line);
        String raw = source.text().substring(lineStart, lineEnd);
        int start = clamp(location.column() - 1, 0, raw.length());
        // First line of a multi-line range: underline to the end of that line.
        int end = location.endLine() == line ? clamp(location.endColumn() - 1, start, raw.length()) : raw.length();
        List<TextRange> masks = Redaction.within(redactions, lineStart, lineEnd);
        return Optional.of(render(line, raw, start, end, masks));
    }

    private static Snippet render(int line, String raw, int start, int end, List<TextRange> masks) {
        StringBuilder display = new StringBuilder(raw.length());
        // startAt[i]: where character i begins on screen; endAt[i]: where a range ending before
        // character i ends on screen (past the whole mask when i falls inside one).
        int[] startAt = new int[raw.length() + 1];
        int[] endAt = new int[raw.length() + 1];
        int i = 0;
        int m = 0;
        while (i < raw.length()) {
            if (m < masks.size() && masks.get(m).start() == i) {
                TextRange mask = masks.get(m++);
                int maskStart = display.length();
                display.append(Redaction.MASK);
                for (int j = mask.start(); j < mask.end(); j++) {
                    startAt[j] = maskStart;
                    endAt[j] = j == mask.start() ? maskStart : display.length();
                }
                i = mask.end();
                continue;
            }
            startAt[i] = display.length();
            endAt[i] = display.length();
            display.append(TextSafety.safeChar(raw.charAt(i)));
            i++;
        }
        startAt[raw.length()] = display.length();
        endAt[raw.length()] = display.length();
        int from = startAt[start];
        int to = Math.max(from, endAt[end]);
        String shown = display.toString();
        return new Snippet(line, shown, indent(shown, from), marks(shown, from, to));
    }

    /** Blanks under the text before the range, as wide as it on screen; tabs stay tabs. */
    private static String indent(String shown, int to) {
        StringBuilder sb = new StringBuilder(to);
        String before = shown.substring(0, to);
        for (int i = 0; i < before.length(); ) {
            int cp = before.codePointAt(i);
            sb.append(cp == '\t' ? "\t" : " ".repeat(DisplayWidth.of(cp)));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Marks as wide as the range on screen, at least one (an empty range is a point). */
    private static String marks(String shown, int from, int to) {
        String range = shown.substring(from, to);
        int width = 0;
        for (int i = 0; i < range.length(); ) {
            int cp = range.codePointAt(i);
            width += DisplayWidth.of(cp);
            i += Character.charCount(cp);
        }
        return "^" + "~".repeat(Math.max(1, width) - 1);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
