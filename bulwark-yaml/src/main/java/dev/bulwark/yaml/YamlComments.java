package dev.bulwark.yaml;

import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the comments of a YAML file that contain a marker ({@code bulwark-ignore}), and for each
 * the block it governs. The loader is run without comment parsing (it is slower and comments carry
 * no meaning for Compose or Kubernetes), so comments are found in the text: a {@code #} at the
 * start of a line or after a blank, outside quotes, and outside every scalar of the parsed tree (a
 * {@code #} line inside a {@code |} block is content, not a comment).
 *
 * <p>The governed block: for a comment after content on its line, that line; for a comment alone
 * on its line, the next line with content. Either way the block goes on over the lines indented
 * deeper than its first line, so a comment above {@code db:} governs the whole {@code db} service.
 */
public final class YamlComments {

    /** One comment: its range (from {@code #}), its text after {@code #} trimmed, and the block it governs. */
    public record Comment(TextRange range, String text, TextRange block) {
    }

    private YamlComments() {
    }

    /** The comments holding {@code marker}, in file order; empty (and cheap) when the text lacks it. */
    public static List<Comment> withMarker(YamlFile file, String marker) {
        String text = file.source().text();
        if (text.indexOf(marker) < 0) {
            return List.of();
        }
        List<TextRange> scalars = new ArrayList<>();
        for (YamlDocument document : file.documents()) {
            collectScalars(document.root(), scalars, 0);
        }
        List<Comment> result = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            int hash = commentStart(text, lineStart, lineEnd);
            if (hash >= 0 && text.startsWith(marker, skipBlanks(text, hash + 1, lineEnd)) && !insideScalar(scalars, hash)) {
                String body = text.substring(hash + 1, lineEnd).strip();
                boolean trailing = skipBlanks(text, lineStart, lineEnd) < hash;
                int blockStart = trailing ? lineStart : nextContentLine(text, lineEnd);
                result.add(new Comment(new TextRange(hash, trimEnd(text, hash, lineEnd)), body, block(text, blockStart)));
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return result;
    }

    private static void collectScalars(YamlNode node, List<TextRange> out, int depth) {
        // The tree is a DAG (aliases share nodes) of bounded size; depth guards hostile nesting.
        if (depth > 10_000) {
            return;
        }
        if (node instanceof YamlScalar s) {
            if (!s.range().isEmpty()) {
                out.add(s.range());
            }
        } else if (node instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                collectScalars(item, out, depth + 1);
            }
        } else if (node instanceof YamlMapping map) {
            for (YamlEntry e : map.entries()) {
                collectScalars(e.key(), out, depth + 1);
                collectScalars(e.value(), out, depth + 1);
            }
        }
    }

    private static boolean insideScalar(List<TextRange> scalars, int offset) {
        for (TextRange r : scalars) {
            if (r.start() < offset && offset < r.end()) {
                return true;
            }
        }
        return false;
    }

    /** The start of the line after {@code from}'s line that has content other than a comment. */
    private static int nextContentLine(String text, int lineEnd) {
        int start = lineEnd + 1;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            int first = skipBlanks(text, start, end);
            if (first < end && text.charAt(first) != '#') {
                return start;
            }
            start = end + 1;
        }
        return Math.min(start, text.length());
    }

    /** From the line at {@code start} over the following lines indented deeper (blank and comment lines included). */
    private static TextRange block(String text, int start) {
        if (start >= text.length()) {
            return TextRange.empty(text.length());
        }
        int firstEnd = lineEnd(text, start);
        int indent = indentOfItem(text, start, firstEnd);
        int end = trimEnd(text, start, firstEnd);
        int next = firstEnd + 1;
        while (next < text.length()) {
            int e = lineEnd(text, next);
            int first = skipBlanks(text, next, e);
            boolean blankOrComment = first >= e || text.charAt(first) == '#';
            if (!blankOrComment) {
                if (first - next <= indent) {
                    break;
                }
                end = trimEnd(text, next, e);
            }
            next = e + 1;
        }
        return new TextRange(start, Math.max(start, end));
    }

    // A sequence item `- key: v` opens a block whose children are indented past the dash.
    private static int indentOfItem(String text, int start, int end) {
        return skipBlanks(text, start, end) - start;
    }

    /** The offset of a {@code #} starting a comment on the line, outside quotes; -1 if none. */
    private static int commentStart(String text, int from, int to) {
        boolean single = false;
        boolean dbl = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single && (i == from || text.charAt(i - 1) != '\\')) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == from || isBlank(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int skipBlanks(String text, int from, int to) {
        int i = from;
        while (i < to && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from && (isBlank(text.charAt(e - 1)) || text.charAt(e - 1) == '\r')) {
            e--;
        }
        return e;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
