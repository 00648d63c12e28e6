package dev.bulwark.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of one file, as {@code diff -u} and {@code git apply} read it:
 * {@code a/} and {@code b/} headers, hunks with three lines of context. Lines keep their own
 * endings, so a CRLF file's diff shows CRLF lines; a last line without a newline is marked.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    // Above this many line pairs between the common head and tail the middle is shown as replaced
    // whole instead of being matched line by line (quadratic memory).
    private static final long MAX_CELLS = 16_000_000L;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after} of {@code path}; empty when they are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Op> ops = ops(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = hunkEnd(ops, i);
            hunk(ops.subList(start, end), out);
            i = end;
        }
        return out.toString();
    }

    /** Past the last change of the hunk starting at {@code i} and its trailing context. */
    private static int hunkEnd(List<Op> ops, int i) {
        int lastChange = i;
        int j = i;
        while (j < ops.size()) {
            if (ops.get(j).kind != ' ') {
                lastChange = j;
            } else if (j - lastChange > 2 * CONTEXT) {
                break;
            }
            j++;
        }
        return Math.min(ops.size(), lastChange + CONTEXT + 1);
    }

    private static void hunk(List<Op> ops, StringBuilder out) {
        int oldStart = ops.get(0).oldLine;
        int newStart = ops.get(0).newLine;
        int oldCount = 0;
        int newCount = 0;
        for (Op op : ops) {
            oldCount += op.kind != '+' ? 1 : 0;
            newCount += op.kind != '-' ? 1 : 0;
        }
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n");
        for (Op op : ops) {
            out.append(op.kind).append(op.line);
            if (!op.line.endsWith("\n")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int start, int count) {
        // A hunk that adds to an empty file starts at line 0.
        return (count == 0 ? start - 1 : start) + "," + count;
    }

    /** One line of the diff: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}). */
    private record Op(char kind, String line, int oldLine, int newLine) {
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            ops.add(new Op(' ', a.get(i), i + 1, i + 1));
        }
        middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head, ops);
        for (int i = 0; i < tail; i++) {
            int ai = a.size() - tail + i;
            int bi = b.size() - tail + i;
            ops.add(new Op(' ', a.get(ai), ai + 1, bi + 1));
        }
        return ops;
    }

    /** The middle matched by a longest common subsequence of lines. */
    private static void middle(List<String> a, List<String> b, int offset, List<Op> ops) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                ops.add(new Op('-', a.get(i), offset + i + 1, offset + 1));
            }
            for (int j = 0; j < m; j++) {
                ops.add(new Op('+', b.get(j), offset + n + 1, offset + j + 1));
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i), offset + i + 1, offset + j + 1));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                ops.add(new Op('+', b.get(j), offset + i + 1, offset + j + 1));
                j++;
            } else {
                ops.add(new Op('-', a.get(i), offset + i + 1, offset + j + 1));
                i++;
            }
        }
    }

    /** The lines of {@code text}, each with its line feed (the last one may have none). */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
