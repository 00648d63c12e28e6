package dev.bulwark.project;

import java.util.Locale;
import java.util.Set;

/**
 * The shell commands a Markdown page shows a reader to run: the lines of fenced code blocks whose
 * info string is empty or names a shell, and inline code spans, each without a leading {@code $ }
 * prompt. Everything else becomes blanks and line breaks stay, so an offset into the result is the
 * same offset into the page. A README that says {@code docker build -t acme/base base} is how some
 * repositories document the image names their other Dockerfiles build on.
 */
public final class MarkdownCommands {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "shell", "console", "zsh", "shell-session",
            "shellsession", "terminal", "cmd");

    private MarkdownCommands() {
    }

    public static String of(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        char fence = 0;
        int fenceLength = 0;
        boolean shellFence = false;
        int start = 0;
        while (start < markdown.length()) {
            int nl = markdown.indexOf('\n', start);
            int end = nl < 0 ? markdown.length() : nl;
            String line = markdown.substring(start, end);
            int indent = indent(line);
            int run = indent <= 3 ? fenceRun(line, indent) : 0;
            if (fence == 0 && run >= 3) {
                fence = line.charAt(indent);
                fenceLength = run;
                String info = line.substring(indent + run).strip().toLowerCase(Locale.ROOT);
                int space = info.indexOf(' ');
                info = space < 0 ? info : info.substring(0, space);
                shellFence = info.isEmpty() || SHELLS.contains(info);
                blank(line, out);
            } else if (fence != 0 && run >= fenceLength && line.charAt(indent) == fence
                    && line.substring(indent + run).isBlank()) {
                fence = 0;
                blank(line, out);
            } else if (fence != 0) {
                if (shellFence) {
                    withoutPrompt(line, out);
                } else {
                    blank(line, out);
                }
            } else {
                inlineCode(line, out);
            }
            if (nl >= 0) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // The length of the run of ``` or ~~~ at `at`, or 0.
    private static int fenceRun(String line, int at) {
        if (at >= line.length() || line.charAt(at) != '`' && line.charAt(at) != '~') {
            return 0;
        }
        int i = at;
        while (i < line.length() && line.charAt(i) == line.charAt(at)) {
            i++;
        }
        return i - at;
    }

    private static void withoutPrompt(String line, StringBuilder out) {
        int i = indent(line);
        if (line.startsWith("$ ", i)) {
            out.append(" ".repeat(i + 2)).append(line, i + 2, line.length());
        } else {
            out.append(line);
        }
    }

    // Keeps what stands between backtick runs of equal length; a run left open keeps nothing after it.
    private static void inlineCode(String line, StringBuilder out) {
        int mark = out.length();
        blank(line, out);
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = fenceRun(line, i);
            int close = line.indexOf("`".repeat(run), i + run);
            while (close >= 0 && close + run < line.length() && line.charAt(close + run) == '`') {
                close = line.indexOf("`".repeat(run), close + fenceRun(line, close));
            }
            if (close < 0) {
                return;
            }
            int from = i + run;
            if (line.startsWith("$ ", from)) {
                from += 2;
            }
            out.replace(mark + from, mark + close, line.substring(from, close));
            // Two spans on a line are two commands, not one: `cd base` then `docker build .`.
            out.setCharAt(mark + close, ';');
            i = close + run;
        }
    }

    private static void blank(String line, StringBuilder out) {
        for (int i = 0; i < line.length(); i++) {
            out.append(line.charAt(i) == '\r' ? '\r' : ' ');
        }
    }
}
