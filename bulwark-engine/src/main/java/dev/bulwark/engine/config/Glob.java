package dev.bulwark.engine.config;

import java.util.regex.Pattern;

/**
 * A path glob of {@code overrides[].paths}, matched against {@code /}-separated paths relative to
 * the config file's directory. {@code *} and {@code ?} stay within a segment, {@code **} crosses
 * segments ({@code **}{@code /} also matches zero of them), {@code [abc]}, {@code [!abc]} and
 * {@code {a,b}} work as in shells. A glob without {@code /} matches a name at any depth, and a
 * glob that matches a directory matches everything below it, so {@code legacy} covers
 * {@code legacy/Dockerfile} and {@code *.gpu.Dockerfile} covers {@code a/b/x.gpu.Dockerfile}.
 */
public record Glob(String text, Pattern regex) {

    public static Glob of(String text) {
        String pattern = text.startsWith("./") ? text.substring(2) : text;
        if (pattern.startsWith("/")) {
            pattern = pattern.substring(1);
        } else if (!pattern.contains("/")) {
            pattern = "**/" + pattern;
        }
        if (pattern.endsWith("/")) {
            pattern = pattern.substring(0, pattern.length() - 1);
        }
        return new Glob(text, Pattern.compile(toRegex(pattern) + "(?:/.*)?"));
    }

    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    re.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    String body = glob.substring(i + 1, close);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    re.append('[').append(body.replace("\\", "\\\\")).append(']');
                    i = close;
                }
            } else if (c == '{') {
                braces++;
                re.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                re.append(')');
            } else if (c == ',' && braces > 0) {
                re.append('|');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        re.append(")".repeat(braces));
        return re.toString();
    }
}
