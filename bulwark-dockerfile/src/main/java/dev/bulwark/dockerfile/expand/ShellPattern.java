package dev.bulwark.dockerfile.expand;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell patterns of {@code ${name#pat}}, {@code ${name%pat}} and {@code ${name/pat/repl}}
 * (spec 1.9): {@code *} any string, {@code ?} one character, {@code \*} {@code \?} {@code \\}
 * literal, no bracket expressions. Translated to a regular expression as BuildKit does, so that
 * shortest/longest and leftmost matching agree with it.
 */
final class ShellPattern {

    /** A pattern operation either yields text or reports an invalid pattern. */
    sealed interface Outcome {
        record Value(String text) implements Outcome {
        }

        record Invalid(String message) implements Outcome {
        }
    }

    private ShellPattern() {
    }

    /** {@code ${name#pat}} / {@code ${name##pat}}: remove the shortest / longest matching prefix. */
    static Outcome trimPrefix(String pattern, String value, boolean greedy) {
        return trimPrefix(pattern, pattern, value, greedy);
    }

    /**
     * {@code ${name%pat}} / {@code ${name%%pat}}: a regular expression cannot find the shortest
     * rightmost match, so, like BuildKit, reverse both the value and the pattern and trim a prefix.
     */
    static Outcome trimSuffix(String pattern, String value, boolean greedy) {
        Outcome reversed = trimPrefix(reversePattern(pattern), pattern, reverse(value), greedy);
        if (reversed instanceof Outcome.Value v) {
            return new Outcome.Value(reverse(v.text()));
        }
        return reversed;
    }

    private static Outcome trimPrefix(String pattern, String shownPattern, String value, boolean greedy) {
        Compiled compiled = compile(pattern, greedy, true);
        if (compiled instanceof Compiled.Bad bad) {
            return invalid(shownPattern, bad.error());
        }
        Matcher m = ((Compiled.Ok) compiled).regex().matcher(value);
        return new Outcome.Value(m.find() ? value.substring(m.end()) : value);
    }

    /** {@code ${name/pat/repl}} (first match) and {@code ${name//pat/repl}} (every match). */
    static Outcome replace(String pattern, String value, String replacement, boolean all) {
        Compiled compiled = compile(pattern, true, false);
        if (compiled instanceof Compiled.Bad bad) {
            return invalid(pattern, bad.error());
        }
        Matcher m = ((Compiled.Ok) compiled).regex().matcher(value);
        if (!all) {
            if (!m.find()) {
                return new Outcome.Value(value);
            }
            return new Outcome.Value(value.substring(0, m.start()) + replacement + value.substring(m.end()));
        }
        return new Outcome.Value(replaceAll(m, value, replacement));
    }

    /**
     * Go's {@code Regexp.ReplaceAllString}: empty matches abutting a preceding match are skipped,
     * and the replacement is a template in which {@code $0} is the match and other groups are empty.
     */
    private static String replaceAll(Matcher m, String value, String template) {
        StringBuilder out = new StringBuilder();
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= value.length() && m.find(searchPos)) {
            int start = m.start();
            int end = m.end();
            out.append(value, lastMatchEnd, start);
            if (end > lastMatchEnd || start == 0) {
                appendTemplate(out, template, m.group());
            }
            lastMatchEnd = end;
            int width = searchPos < value.length() ? Character.charCount(value.codePointAt(searchPos)) : 1;
            if (searchPos + width > end) {
                searchPos += width;
            } else if (searchPos + 1 > end) {
                searchPos++;
            } else {
                searchPos = end;
            }
        }
        out.append(value, Math.min(lastMatchEnd, value.length()), value.length());
        return out.toString();
    }

    private static void appendTemplate(StringBuilder out, String template, String match) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < template.length() && template.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            boolean brace = i + 1 < template.length() && template.charAt(i + 1) == '{';
            int nameStart = i + (brace ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < template.length()) {
                int cp = template.codePointAt(nameEnd);
                if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
                    break;
                }
                nameEnd += Character.charCount(cp);
            }
            boolean ok = nameEnd > nameStart && (!brace || (nameEnd < template.length() && template.charAt(nameEnd) == '}'));
            if (!ok) {
                out.append('$');
                i++;
                continue;
            }
            // The pattern has no capture groups: only group 0 (the whole match) has a value.
            if (template.substring(nameStart, nameEnd).equals("0")) {
                out.append(match);
            }
            i = brace ? nameEnd + 1 : nameEnd;
        }
    }

    private sealed interface Compiled {
        record Ok(Pattern regex) implements Compiled {
        }

        record Bad(String error) implements Compiled {
        }
    }

    private static Compiled compile(String pattern, boolean greedy, boolean anchored) {
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        if (anchored) {
            out.append('^');
        }
        String star = greedy ? ".*" : ".*?";
        int i = 0;
        while (i < pattern.length()) {
            int tok = pattern.codePointAt(i);
            i += Character.charCount(tok);
            if (tok == '*') {
                out.append(star);
            } else if (tok == '?') {
                out.append('.');
            } else if (tok == '\\') {
                int after = i < pattern.length() ? pattern.codePointAt(i) : -1;
                if (after == '}' || after == '/') {
                    // an escaped } or / inside ${} belongs to the syntax, not to the pattern
                    continue;
                }
                if (after != '*' && after != '?' && after != '\\') {
                    return new Compiled.Bad("invalid escape '\\" + (after < 0 ? "" : Character.toString(after)) + "'");
                }
                i += Character.charCount(after);
                out.append('\\').appendCodePoint(after);
            } else {
                appendLiteral(out, tok);
            }
        }
        // Go's `.` matches anything but \n; UNIX_LINES gives Java the same rule.
        return new Compiled.Ok(Pattern.compile(out.toString(), Pattern.UNIX_LINES));
    }

    private static void appendLiteral(StringBuilder out, int cp) {
        if (cp < 0x80 && !Character.isLetterOrDigit(cp)) {
            out.append('\\');
        }
        out.appendCodePoint(cp);
    }

    private static Outcome invalid(String pattern, String error) {
        return new Outcome.Invalid("invalid pattern (" + pattern + ") in substitution: " + error);
    }

    /** Reverses a pattern keeping each escape before the character it escapes ({@code a\*c} -> {@code c\*a}). */
    static String reversePattern(String pattern) {
        int[] cps = pattern.codePoints().toArray();
        int[] out = new int[cps.length];
        int last = cps.length - 1;
        int i = 0;
        while (i <= last) {
            int outIdx = last - i;
            if (cps[i] == '\\' && i != last) {
                out[outIdx - 1] = '\\';
                out[outIdx] = cps[i + 1];
                i += 2;
            } else {
                out[outIdx] = cps[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    static String reverse(String s) {
        int[] cps = s.codePoints().toArray();
        int[] out = new int[cps.length];
        for (int i = 0; i < cps.length; i++) {
            out[cps.length - 1 - i] = cps[i];
        }
        return new String(out, 0, out.length);
    }
}
