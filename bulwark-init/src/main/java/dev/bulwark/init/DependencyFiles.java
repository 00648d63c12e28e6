package dev.bulwark.init;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dependency names declared in {@code requirements.txt} and {@code pyproject.toml}, read as
 * far as init needs them: names and extras, not versions. {@code pyproject.toml} is scanned, not
 * parsed: the strings of {@code dependencies = [...]} arrays (PEP 621, optional dependencies and
 * dependency groups) and the keys of Poetry's dependency tables.
 */
final class DependencyFiles {
    private DependencyFiles() {
    }

    /** PEP 503 normalisation: lower case, runs of {@code -_.} as one {@code -}. */
    static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean separator = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c == '-' || c == '_' || c == '.') {
                separator = true;
                continue;
            }
            if (separator && out.length() > 0) {
                out.append('-');
            }
            separator = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The name of a requirement ({@code torch==2.5.1}, {@code tensorflow[and-cuda]>=2.16}), and
     * {@code name[extra]} for each extra; empty for options, paths and URLs.
     */
    static List<String> namesOf(String requirement) {
        String text = requirement.strip();
        List<String> names = new ArrayList<>();
        if (text.isEmpty() || text.startsWith("-") || text.startsWith(".") || text.startsWith("/")
                || text.contains("://") && !text.contains("@")) {
            return names;
        }
        int end = 0;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return names;
        }
        String name = normalise(text.substring(0, end));
        names.add(name);
        if (end < text.length() && text.charAt(end) == '[') {
            int close = text.indexOf(']', end);
            if (close > end) {
                for (String extra : text.substring(end + 1, close).split(",")) {
                    if (!extra.isBlank()) {
                        names.add(name + "[" + extra.strip().toLowerCase(Locale.ROOT) + "]");
                    }
                }
            }
        }
        return names;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    /** The names a requirements file declares (comments, options and blank lines skipped). */
    static Set<String> ofRequirements(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            int comment = line.indexOf(" #");
            String content = line.startsWith("#") ? "" : comment >= 0 ? line.substring(0, comment) : line;
            content = content.strip();
            if (content.endsWith("\\")) {
                content = content.substring(0, content.length() - 1);
            }
            names.addAll(namesOf(content));
        }
        return names;
    }

    /** True when every requirement line of a requirements file carries a {@code --hash=}. */
    static boolean hashed(String text) {
        boolean any = false;
        String joined = text.replace("\\\n", " ");
        for (String line : joined.split("\n")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#") || content.startsWith("-")) {
                continue;
            }
            if (!content.contains("--hash=")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The names a {@code pyproject.toml} declares. */
    static Set<String> ofPyproject(String text) {
        Set<String> names = new LinkedHashSet<>();
        String table = "";
        boolean inArray = false;
        for (String raw : text.split("\n")) {
            String line = stripComment(raw).strip();
            if (inArray) {
                addStrings(line, names);
                inArray = bracketDepth(line) >= 0;
                continue;
            }
            if (line.startsWith("[")) {
                table = line.replace(" ", "");
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip().replace("\"", "");
            String value = line.substring(eq + 1).strip();
            boolean poetryTable = table.startsWith("[tool.poetry.") && table.endsWith("dependencies]");
            if (poetryTable && !key.equals("python")) {
                names.addAll(namesOf(key + extrasOf(value)));
            } else if (value.startsWith("[") && (key.equals("dependencies") || table.equals("[project.optional-dependencies]")
                    || table.equals("[dependency-groups]"))) {
                addStrings(value, names);
                inArray = bracketDepth(value) > 0;
            }
        }
        return names;
    }

    /** Poetry's {@code tensorflow = {version = "2.18", extras = ["and-cuda"]}} as {@code [and-cuda]}. */
    private static String extrasOf(String value) {
        int extras = value.indexOf("extras");
        if (extras < 0) {
            return "";
        }
        int open = value.indexOf('[', extras);
        int close = value.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return "";
        }
        return "[" + value.substring(open + 1, close).replace("\"", "").replace("'", "") + "]";
    }

    /** Brackets opened minus brackets closed outside quotes. */
    private static int bracketDepth(String value) {
        int depth = 0;
        boolean quoted = false;
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == quote) {
                    quoted = false;
                }
            } else if (c == '"' || c == '\'') {
                quoted = true;
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return depth;
    }

    private static void addStrings(String line, Set<String> names) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                int close = line.indexOf(c, i + 1);
                if (close < 0) {
                    return;
                }
                names.addAll(namesOf(line.substring(i + 1, close)));
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == quote) {
                    quoted = false;
                }
            } else if (c == '"' || c == '\'') {
                quoted = true;
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
