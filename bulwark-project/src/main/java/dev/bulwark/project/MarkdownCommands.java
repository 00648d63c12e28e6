package dev.bulwark.project;

import java.util.Locale;
import java.util.Set;

/**
 * The build commands a Markdown page shows a reader to run: the lines that mention {@code build}
 * in fenced code blocks whose info string is empty or names a shell, and in inline code spans,
 * each without a leading {@code $ } prompt, one per line. A README that says
 * {@code docker build -t acme/base base} is how some repositories document the image names their
 * other Dockerfiles build on. Only lines mentioning {@code build} are looked into: a README is read
 * on every run, before the JIT has compiled anything, so the page is skimmed, not copied.
 */
public final class MarkdownCommands {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "shell", "console", "zsh", "shell-session",
            "shellsession", "terminal", "cmd");

    private MarkdownCommands() {
    }

    public static String of(String markdown) {
        StringBuilder out = new StringBuilder();
        int nextBuild = markdown.indexOf("build");
        if (nextBuild < 0) {
            return "";
        }
        char fence = 0;
        int fenceLength = 0;
        boolean shellFence = false;
        int start = 0;
        int length = markdown.length();
        while (start < length) {
            int nl = markdown.indexOf('\n', start);
            int end = nl < 0 ? length : nl;
            int indent = start;
            while (indent < end && markdown.charAt(indent) == ' ') {
                indent++;
            }
            int run = indent - start <= 3 ? fenceRun(markdown, indent, end) : 0;
            if (fence == 0 && run >= 3) {
                fence = markdown.charAt(indent);
                fenceLength = run;
                String info = markdown.substring(indent + run, end).strip().toLowerCase(Locale.ROOT);
                int space = info.indexOf(' ');
                shellFence = info.isEmpty() || SHELLS.contains(space < 0 ? info : info.substring(0, space));
            } else if (fence != 0 && run >= fenceLength && markdown.charAt(indent) == fence
                    && markdown.substring(indent + run, end).isBlank()) {
                fence = 0;
            } else if (nextBuild >= start && nextBuild < end) {
                String line = markdown.substring(start, end);
                if (fence == 0) {
                    inlineCode(line, out);
                } else if (shellFence) {
                    String command = line.strip();
                    out.append(command.startsWith("$ ") ? command.substring(2) : command).append('\n');
                }
            }
            if (nextBuild < end) {
                nextBuild = markdown.indexOf("build", end);
                if (nextBuild < 0) {
                    break;
                }
            }
            start = end + 1;
        }
        return out.toString();
    }

    // The length of the run of ``` or ~~~ at `at`, or 0.
    private static int fenceRun(String text, int at, int end) {
        if (at >= end || text.charAt(at) != '`' && text.charAt(at) != '~') {
            return 0;
        }
        int i = at;
        while (i < end && text.charAt(i) == text.charAt(at)) {
            i++;
        }
        return i - at;
    }

    // Each span between backtick runs of equal length, as a command of its own line.
    private static void inlineCode(String line, StringBuilder out) {
        int i = line.indexOf('`');
        while (i >= 0) {
            int run = fenceRun(line, i, line.length());
            String mark = "`".repeat(run);
            int close = line.indexOf(mark, i + run);
            while (close >= 0 && close + run < line.length() && line.charAt(close + run) == '`') {
                close = line.indexOf(mark, close + fenceRun(line, close, line.length()));
            }
            if (close < 0) {
                return;
            }
            String span = line.substring(i + run, close).strip();
            if (span.contains("build")) {
                out.append(span.startsWith("$ ") ? span.substring(2) : span).append('\n');
            }
            i = line.indexOf('`', close + run);
        }
    }
}
