package dev.bulwark.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * A text file with placeholders, rendered without a template engine. {@code {{key}}} is replaced
 * by its value; a line that holds only {@code {{#flag}}} or {@code {{^flag}}} opens a section kept
 * when the flag is set (or, for {@code ^}, not set), and a line {@code {{/flag}}} closes it.
 * Section lines leave nothing behind, so templates stay readable as the files they become. Only a
 * name ({@code [A-Za-z][A-Za-z0-9]*}) between the braces is a placeholder: GitHub's
 * {@code ${{ github.sha }}} passes through. A key the values lack, or a section left open, is an
 * error: a template never renders half-filled.
 */
public final class Template {
    private final String name;
    private final String text;

    public Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The template resource {@code templates/NAME} beside this class. */
    public static Template resource(String name) {
        String path = "templates/" + name;
        try (InputStream in = Template.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + path);
            }
            return new Template(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public String render(Map<String, String> values, Set<String> flags) {
        StringBuilder out = new StringBuilder(text.length());
        // One entry per open section: its flag and whether its lines are written.
        Deque<String> open = new ArrayDeque<>();
        Deque<Boolean> shown = new ArrayDeque<>();
        int lineNumber = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end < 0 ? text.length() : end);
            lineNumber++;
            String tag = line.strip();
            boolean visible = shown.isEmpty() || shown.peek();
            if (isSection(tag, '#') || isSection(tag, '^')) {
                String flag = tag.substring(3, tag.length() - 2);
                open.push(flag);
                shown.push(visible && flags.contains(flag) == (tag.charAt(2) == '#'));
            } else if (isSection(tag, '/')) {
                String flag = tag.substring(3, tag.length() - 2);
                if (open.isEmpty() || !open.peek().equals(flag)) {
                    throw error(lineNumber, "closes " + flag + ", which is not the open section");
                }
                open.pop();
                shown.pop();
            } else if (visible && isEmptyPlaceholderLine(tag, values)) {
                // A line that only holds a placeholder with nothing to say disappears with it.
                start = next;
                continue;
            } else if (visible) {
                out.append(substitute(line, values, lineNumber)).append(text, start + line.length(), next);
            }
            start = next;
        }
        if (!open.isEmpty()) {
            throw error(lineNumber, "section " + open.peek() + " is never closed");
        }
        return out.toString();
    }

    private static boolean isSection(String tag, char kind) {
        return tag.length() > 5 && tag.startsWith("{{") && tag.charAt(2) == kind && tag.endsWith("}}")
                && isKey(tag.substring(3, tag.length() - 2));
    }

    private String substitute(String line, Map<String, String> values, int lineNumber) {
        int open = line.indexOf("{{");
        if (open < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (open >= 0) {
            int close = line.indexOf("}}", open);
            if (close < 0) {
                break;
            }
            String key = line.substring(open + 2, close);
            if (!isKey(key)) {
                // Not ours: GitHub's ${{ expr }} and other tools' braces pass through as written.
                out.append(line, from, open + 2);
                from = open + 2;
                open = line.indexOf("{{", from);
                continue;
            }
            String value = values.get(key);
            if (value == null) {
                throw error(lineNumber, "no value for {{" + key + "}}");
            }
            out.append(line, from, open).append(value);
            from = close + 2;
            open = line.indexOf("{{", from);
        }
        return out.append(line.substring(from)).toString();
    }

    private static boolean isEmptyPlaceholderLine(String tag, Map<String, String> values) {
        return tag.startsWith("{{") && tag.endsWith("}}") && tag.indexOf("{{", 2) < 0
                && isKey(tag.substring(2, tag.length() - 2)) && "".equals(values.get(tag.substring(2, tag.length() - 2)));
    }

    /** A placeholder name: a letter, then letters and digits. */
    private static boolean isKey(String key) {
        if (key.isEmpty() || !isAsciiLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException("template " + name + ":" + line + ": " + message);
    }
}
