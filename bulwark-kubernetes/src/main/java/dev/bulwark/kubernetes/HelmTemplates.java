package dev.bulwark.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises template files that are not YAML until rendered, so the engine skips them with a
 * reason instead of parsing them: Helm chart templates and other Go-template or Jinja files.
 *
 * <p>A text is a template when, outside comments and block scalars, it has a template action in
 * a place YAML cannot hold it ({@code {{- if ...}}} on its own line, {@code key: {{ .x }}}
 * unquoted, a Jinja {@code {% ... %}}), or an action anywhere that uses Helm's built-in objects and
 * functions ({@code .Values}, {@code .Release}, {@code .Chart}, {@code include}, {@code tpl}...).
 * Argo Workflows parameters ({@code "{{inputs.parameters.lr}}"}), Grafana legends and other
 * {@code {{...}}} inside quoted strings or block scalars are data, not templates: those files are
 * valid manifests. A file under a chart's {@code templates/} folder (next to a {@code Chart.yaml})
 * is a template whatever its text: Helm renders it. So is a file under the chart's {@code files/}
 * folder, the conventional place for data the templates read with {@code .Files.Get} (and may
 * patch or pass through {@code tpl}): it is deployed only as the templates make it.
 */
public final class HelmTemplates {
    private static final String[] HELM_OBJECTS = {".Values", ".Release", ".Chart", ".Capabilities", ".Files",
        ".Template"};
    /** Helm's own functions; Go's control words ({@code if}, {@code range}) count only where YAML cannot hold them. */
    private static final String[] HELM_FUNCTIONS = {"include", "tpl", "template", "define", "required", "lookup",
        "toYaml", "toJson", "nindent", "indent"};

    private HelmTemplates() {
    }

    /** Why the file is a template to skip, or empty. {@code path} is its real path, when it has one. */
    public static Optional<String> skipReason(Optional<Path> path, String text) {
        if (path.isPresent()) {
            Optional<Path> chart = chartOf(path.get());
            if (chart.isPresent()) {
                boolean data = isUnder(path.get(), chart.get().resolve("files"));
                return Optional.of(data ? "Helm chart file (read by the templates of chart `"
                        + chart.get().getFileName() + "`)" : "Helm chart template (rendered by Helm from chart `"
                        + chart.get().getFileName() + "`)");
            }
        }
        int line = templateActionLine(text);
        if (line > 0) {
            return Optional.of("template actions (`{{ }}` or `{% %}`, line " + line + "): not YAML until rendered");
        }
        return Optional.empty();
    }

    /** True when the text has template actions YAML cannot hold or that use Helm's objects (see the class comment). */
    public static boolean hasTemplateActions(String text) {
        return templateActionLine(text) > 0;
    }

    /**
     * The chart folder when {@code path} is under a {@code templates/} or {@code files/} folder
     * whose parent holds a {@code Chart.yaml}; empty otherwise.
     */
    public static Optional<Path> chartOf(Path path) {
        Path p;
        try {
            p = path.toAbsolutePath().normalize().getParent();
        } catch (java.io.IOError | SecurityException e) {
            return Optional.empty();
        }
        for (int depth = 0; p != null && depth < 8; depth++) {
            Path name = p.getFileName();
            Path parent = p.getParent();
            if (name != null && parent != null
                    && (name.toString().equals("templates") || name.toString().equals("files"))
                    && isFile(parent.resolve("Chart.yaml"))) {
                return Optional.of(parent);
            }
            p = parent;
        }
        return Optional.empty();
    }

    private static boolean isUnder(Path path, Path folder) {
        try {
            return path.toAbsolutePath().normalize().startsWith(folder);
        } catch (java.io.IOError | SecurityException e) {
            return false;
        }
    }

    private static boolean isFile(Path p) {
        try {
            return Files.isRegularFile(p);
        } catch (SecurityException e) {
            return false;
        }
    }

    /** The 1-based line of the first template action, 0 when none. */
    static int templateActionLine(String text) {
        int blockIndent = -1;
        int lineNo = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            lineNo++;
            int e = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int indent = start;
            while (indent < e && text.charAt(indent) == ' ') {
                indent++;
            }
            int indentWidth = indent - start;
            boolean blank = indent == e;
            if (blockIndent >= 0 && (blank || indentWidth > blockIndent)) {
                start = end + 1;
                continue;
            }
            blockIndent = -1;
            if (!blank && text.charAt(indent) != '#') {
                if (lineHasTemplate(text, indent, e)) {
                    return lineNo;
                }
                if (startsBlockScalar(text, indent, e)) {
                    blockIndent = indentWidth;
                }
            }
            start = end + 1;
        }
        return 0;
    }

    private static boolean lineHasTemplate(String text, int from, int to) {
        boolean single = false;
        boolean dbl = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single && (i == from || text.charAt(i - 1) != '\\')) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && i > from && isBlank(text.charAt(i - 1))) {
                return false; // a trailing comment
            } else if (c == '{' && i + 1 < to && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '%')) {
                if (text.charAt(i + 1) == '%') {
                    if (!single && !dbl) {
                        return true;
                    }
                    continue;
                }
                int close = text.indexOf("}}", i + 2);
                String action = close < 0 || close > to ? text.substring(i + 2, to) : text.substring(i + 2, close);
                if (isHelmAction(action)) {
                    return true;
                }
                if (!single && !dbl && atNodeStart(text, from, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when only indentation, {@code - }, {@code ? } or {@code key: } precede position {@code at}. */
    private static boolean atNodeStart(String text, int from, int at) {
        int i = at - 1;
        while (i >= from && isBlank(text.charAt(i))) {
            i--;
        }
        if (i < from) {
            return true;
        }
        char c = text.charAt(i);
        return c == ':' || c == '-' || c == '?' || c == '[' || c == ',';
    }

    private static boolean isHelmAction(String action) {
        String a = action.strip();
        if (a.startsWith("-")) {
            a = a.substring(1).strip();
        }
        for (String object : HELM_OBJECTS) {
            if (a.contains(object + ".") || a.contains(object + " ") || a.endsWith(object)) {
                return true;
            }
        }
        int word = 0;
        while (word < a.length() && Character.isLetter(a.charAt(word))) {
            word++;
        }
        if (word == 0 || (word < a.length() && !isBlank(a.charAt(word)))) {
            return false;
        }
        String first = a.substring(0, word);
        for (String f : HELM_FUNCTIONS) {
            if (f.equals(first)) {
                return true;
            }
        }
        return false;
    }

    /** A line ending in a block scalar indicator: {@code key: |}, {@code - >-}, {@code key: |2}. */
    private static boolean startsBlockScalar(String text, int from, int to) {
        int e = to;
        int hash = -1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '#' && i > from && isBlank(text.charAt(i - 1))) {
                hash = i;
                break;
            }
        }
        if (hash >= 0) {
            e = hash;
        }
        while (e > from && isBlank(text.charAt(e - 1))) {
            e--;
        }
        int i = e - 1;
        while (i >= from && (text.charAt(i) == '-' || text.charAt(i) == '+' || Character.isDigit(text.charAt(i)))) {
            i--;
        }
        if (i < from || (text.charAt(i) != '|' && text.charAt(i) != '>')) {
            return false;
        }
        int before = i - 1;
        while (before >= from && isBlank(text.charAt(before))) {
            before--;
        }
        return before < from || text.charAt(before) == ':' || text.charAt(before) == '-';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
