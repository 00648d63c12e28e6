package dev.bulwark.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the Markdown of a rule doc for a terminal: headings stand out, tables become aligned
 * columns, fenced examples are indented under a "Bad:" or "Good:" label, links show their target.
 * Only the subset rule docs use; anything else passes through unchanged.
 */
final class TerminalMarkdown {
    private static final String BOLD = "\u001B[1m";
    private static final String CYAN = "\u001B[36m";
    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String RESET = "\u001B[0m";
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    private final boolean color;

    TerminalMarkdown(boolean color) {
        this.color = color;
    }

    String render(String markdown) {
        StringBuilder out = new StringBuilder();
        List<String> lines = List.of(markdown.replace("\r\n", "\n").split("\n", -1));
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                i = fence(lines, i, out);
            } else if (line.startsWith("|")) {
                i = table(lines, i, out);
            } else if (line.startsWith("# ")) {
                heading(line.substring(2).strip(), '=', out);
                i++;
            } else if (line.startsWith("## ") || line.startsWith("### ")) {
                heading(line.substring(line.indexOf(' ') + 1).strip(), '-', out);
                i++;
            } else {
                out.append(inline(line)).append('\n');
                i++;
            }
        }
        return collapseBlankRuns(out.toString());
    }

    private void heading(String text, char underline, StringBuilder out) {
        String plain = plain(text);
        if (color) {
            out.append(BOLD).append(plain).append(RESET).append('\n');
        } else {
            out.append(plain).append('\n').append(String.valueOf(underline).repeat(plain.length())).append('\n');
        }
    }

    /** A fenced block; the info string {@code dockerfile bad} labels it "Bad:". Returns the next line. */
    private int fence(List<String> lines, int start, StringBuilder out) {
        String marker = lines.get(start).replaceAll("[^`].*$", "");
        String[] info = lines.get(start).substring(marker.length()).strip().split("\\s+");
        String verdict = info.length == 2 ? info[1] : "";
        if (verdict.equals("bad")) {
            out.append(paint(RED, "Bad:")).append('\n');
        } else if (verdict.equals("good")) {
            out.append(paint(GREEN, "Good:")).append('\n');
        }
        int i = start + 1;
        while (i < lines.size() && !(lines.get(i).startsWith(marker) && lines.get(i).strip().chars().allMatch(c -> c == '`'))) {
            out.append("    ").append(lines.get(i)).append('\n');
            i++;
        }
        return Math.min(i + 1, lines.size());
    }

    /** Consecutive {@code |} lines: cells aligned in columns, the separator row dropped. */
    private int table(List<String> lines, int start, StringBuilder out) {
        List<List<String>> rows = new ArrayList<>();
        int i = start;
        while (i < lines.size() && lines.get(i).startsWith("|")) {
            String line = lines.get(i).strip();
            if (!TABLE_RULE.matcher(line).matches()) {
                rows.add(cells(line));
            }
            i++;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], plain(row.get(c)).length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.size(); c++) {
                String text = plain(row.get(c));
                // Padding counts visible characters: colour codes and backticks take no columns.
                String cell = r == 0 ? paint(BOLD, text) : color ? inline(row.get(c)) : text;
                line.append(cell);
                if (c < row.size() - 1) {
                    line.append(" ".repeat(widths[c] - text.length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return i;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (ch == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (ch == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** Links show their target; inline code is coloured (colour) or keeps its backticks (plain). */
    private String inline(String text) {
        String linked = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " <" + m.group(2) + ">"));
        if (!color) {
            return linked;
        }
        return INLINE_CODE.matcher(linked).replaceAll(m -> Matcher.quoteReplacement(CYAN + m.group(1) + RESET));
    }

    /** The visible text of a table cell or heading: no backticks, no link syntax. */
    private static String plain(String text) {
        String linked = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return INLINE_CODE.matcher(linked).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    private String paint(String style, String text) {
        return color ? style + text + RESET : text;
    }

    private static String collapseBlankRuns(String text) {
        return text.replaceAll("\n{3,}", "\n\n").replaceFirst("^\n+", "").stripTrailing() + "\n";
    }
}
