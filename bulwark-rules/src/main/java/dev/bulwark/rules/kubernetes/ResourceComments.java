package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Resources;
import java.util.Locale;
import java.util.Optional;

/**
 * The comments written in a container's {@code resources} block and on the lines right above its
 * key: where authors explain a value they leave out ({@code # No CPU limit on purpose}).
 */
final class ResourceComments {

    private ResourceComments() {
    }

    /** True when a comment there names {@code what} ({@code "CPU limit"}), in any case. */
    static boolean mention(Resources resources, String what) {
        Optional<Span> block = resources.span();
        if (block.isEmpty()) {
            return false;
        }
        String text = block.get().source().text();
        String wanted = what.toLowerCase(Locale.ROOT);
        int start = commentLinesAbove(text, lineStart(text, block.get().range().start()));
        int end = block.get().range().end();
        while (start < end) {
            int lineEnd = text.indexOf('\n', start);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int hash = commentStart(text, start, lineEnd);
            if (hash >= 0 && text.substring(hash + 1, lineEnd).toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
            start = lineEnd + 1;
        }
        return false;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    // Moves up over the comment lines directly above the line at `start`.
    private static int commentLinesAbove(String text, int start) {
        int first = start;
        while (first > 0) {
            int previous = lineStart(text, first - 1);
            int content = skipBlanks(text, previous, first - 1);
            if (content >= first - 1 || text.charAt(content) != '#') {
                break;
            }
            first = previous;
        }
        return first;
    }

    // A `#` at the start of the line's content or after a blank: YAML's comment start.
    private static int commentStart(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '#' && (i == from || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return i;
            }
        }
        return -1;
    }

    private static int skipBlanks(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
