package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code .env} and {@code env_file} files (NOTES 3.3; CG {@code dotenv/parser.go},
 * described, not copied). Total: a malformed line is a problem and parsing goes on at the next
 * line, except an unterminated quote, which ends the file as in Compose.
 */
final class DotEnvParser {

    /** Variables seen so far in the file, then the outer lookup (CG: the lookup function wins). */
    private static final class Chained implements VariableSource {
        private final VariableSource outer;
        private final Map<String, EnvVariable> seen;

        Chained(VariableSource outer, Map<String, EnvVariable> seen) {
            this.outer = outer;
            this.seen = seen;
        }

        @Override
        public EnvVariable find(String name) {
            EnvVariable v = outer.find(name);
            return v != null ? v : seen.get(name);
        }
    }

    private final SourceText source;
    private final String text;
    private final VariableSource outer;
    private final List<ComposeProblem> problems;
    private final Map<String, EnvVariable> seen = new LinkedHashMap<>();
    private final List<DotEnvEntry> entries = new ArrayList<>();

    private DotEnvParser(SourceText source, VariableSource outer, List<ComposeProblem> problems) {
        this.source = source;
        this.text = source.text();
        this.outer = outer;
        this.problems = problems;
    }

    /** Parses {@code source}; {@code lookup} resolves bare keys and interpolation before the file's own variables. */
    static List<DotEnvEntry> parse(SourceText source, VariableSource lookup, List<ComposeProblem> problems) {
        DotEnvParser parser = new DotEnvParser(source, lookup, problems);
        parser.run();
        return parser.entries;
    }

    /** {@code format: raw}: every {@code KEY=VALUE} line kept verbatim, no quotes, escapes or interpolation. */
    static List<DotEnvEntry> parseRaw(SourceText source) {
        String text = source.text();
        List<DotEnvEntry> entries = new ArrayList<>();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        while (pos < text.length()) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int contentEnd = lineEnd > pos && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            int start = pos;
            while (start < contentEnd && isSpace(text.charAt(start))) {
                start++;
            }
            if (start < contentEnd && text.charAt(start) != '#') {
                int eq = text.indexOf('=', start);
                if (eq > start && eq < contentEnd) {
                    Span key = new Span(source, new TextRange(start, eq));
                    entries.add(new DotEnvEntry(text.substring(start, eq), key, text.substring(eq + 1, contentEnd),
                            new Span(source, new TextRange(eq + 1, contentEnd)), false));
                }
            }
            pos = lineEnd + 1;
        }
        return entries;
    }

    private void run() {
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            pos = statementStart(pos);
            if (pos >= text.length()) {
                return;
            }
            int next = statement(pos);
            if (next < 0) {
                return;
            }
            pos = next;
        }
    }

    /** Skips blanks and comment lines; the start of the next statement or the end of the text. */
    private int statementStart(int from) {
        int pos = from;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0') {
                pos++;
            } else if (c == '#') {
                int nl = text.indexOf('\n', pos);
                if (nl < 0) {
                    return text.length();
                }
                pos = nl;
            } else {
                return pos;
            }
        }
        return pos;
    }

    /** One {@code [export] KEY=VALUE} statement at {@code start}; the position after it, or -1 to stop. */
    private int statement(int start) {
        int keyStart = start;
        if (text.startsWith("export", start) && start + 6 < text.length() && isSpace(text.charAt(start + 6))) {
            keyStart = start + 6;
            while (keyStart < text.length() && isSpace(text.charAt(keyStart))) {
                keyStart++;
            }
        }
        int i = keyStart;
        char terminator = '\n';
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '=' || c == ':' || c == '\n') {
                terminator = c;
                break;
            }
            if (!isSpace(c) && !isKeyChar(c)) {
                problem(ProblemKind.ENV_FILE, i, i + Character.charCount(text.codePointAt(i)),
                        "unexpected character `" + new String(Character.toChars(text.codePointAt(i))) + "` in variable name");
                return lineEnd(i);
            }
            i++;
        }
        int keyEnd = i;
        while (keyEnd > keyStart && Character.isWhitespace(text.charAt(keyEnd - 1))) {
            keyEnd--;
        }
        String key = text.substring(keyStart, keyEnd);
        Span keySpan = new Span(source, new TextRange(keyStart, keyEnd));
        if (key.indexOf(' ') >= 0 || key.indexOf('\t') >= 0) {
            problem(ProblemKind.ENV_FILE, keyStart, keyEnd, "variable name `" + key + "` contains a space");
            return lineEnd(i);
        }
        if (key.isEmpty()) {
            problem(ProblemKind.ENV_FILE, keyStart, Math.min(text.length(), keyStart + 1), "missing variable name");
            return lineEnd(i);
        }
        if (terminator == '\n') {
            // A bare KEY takes its value from the environment, or stays unset.
            EnvVariable inherited = outer.find(key);
            if (inherited != null) {
                add(key, keySpan, inherited.value(), keySpan, true);
            }
            return i >= text.length() ? text.length() : i + 1;
        }
        int valueStart = i + 1;
        while (valueStart < text.length() && isSpace(text.charAt(valueStart))) {
            valueStart++;
        }
        if (valueStart < text.length() && (text.charAt(valueStart) == '"' || text.charAt(valueStart) == '\'')) {
            return quoted(key, keySpan, valueStart);
        }
        int end = lineEnd(valueStart);
        int valueEnd = end;
        int comment = text.indexOf(" #", valueStart);
        if (comment >= 0 && comment < valueEnd) {
            valueEnd = comment;
        }
        while (valueEnd > valueStart && Character.isWhitespace(text.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        String raw = text.substring(valueStart, valueEnd);
        String value = interpolate(raw, valueStart, valueStart, valueEnd);
        add(key, keySpan, value, new Span(source, new TextRange(valueStart, valueEnd)), false);
        return end;
    }

    private int quoted(String key, Span keySpan, int quoteStart) {
        char quote = text.charAt(quoteStart);
        StringBuilder chars = new StringBuilder();
        boolean escaped = false;
        boolean hasBackslash = false;
        for (int i = quoteStart + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != quote) {
                if (!escaped && c == '\\') {
                    escaped = true;
                    hasBackslash = true;
                    continue;
                }
                if (escaped) {
                    escaped = false;
                    chars.append('\\');
                }
                chars.append(c);
                continue;
            }
            if (escaped) {
                escaped = false;
                chars.append(c);
                continue;
            }
            Span valueSpan = new Span(source, new TextRange(quoteStart, i + 1));
            String value = chars.toString();
            if (quote == '"') {
                // Escapes first, then interpolation (a decoded \$ stays a literal $ through $$).
                String unescaped = expandEscapes(value);
                value = interpolate(unescaped, hasBackslash ? -1 : quoteStart + 1, quoteStart, i + 1);
            }
            add(key, keySpan, value, valueSpan, false);
            // NOTES 3.3: text after the closing quote is ignored (VAR="VAL" # comment).
            return lineEnd(i + 1);
        }
        int end = lineEnd(quoteStart);
        problem(ProblemKind.ENV_FILE, quoteStart, end, "unterminated quoted value");
        return -1;
    }

    /**
     * Interpolates a value. {@code rawSourceStart} is where the raw value is written one to one in
     * the file (-1 when escapes changed it), so a problem points at its {@code ${...}}.
     */
    private String interpolate(String raw, int rawSourceStart, int spanStart, int spanEnd) {
        Interpolator.Result result = new Interpolator(new Chained(outer, seen)).interpolate(raw);
        for (Interpolator.Failure f : result.failures) {
            if (rawSourceStart >= 0) {
                problem(f.kind, rawSourceStart + f.start, rawSourceStart + f.end, f.message);
            } else {
                problem(f.kind, spanStart, spanEnd, f.message);
            }
        }
        return result.value;
    }

    private void add(String key, Span keySpan, String value, Span valueSpan, boolean inherited) {
        entries.add(new DotEnvEntry(key, keySpan, value, valueSpan, inherited));
        seen.put(key, new EnvVariable(key, value, Optional.of(keySpan)));
    }

    /**
     * Decodes {@code \a \b \f \n \r \t \v \\ \" \$} and octal {@code \0NNN}; any other backslash is
     * kept. {@code \$} becomes {@code $$} so that interpolation leaves a literal {@code $}.
     */
    static String expandEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            String decoded;
            int consumed = 2;
            switch (e) {
                case 'a':
                    decoded = "\u0007";
                    break;
                case 'b':
                    decoded = "\b";
                    break;
                case 'f':
                    decoded = "\f";
                    break;
                case 'n':
                    decoded = "\n";
                    break;
                case 'r':
                    decoded = "\r";
                    break;
                case 't':
                    decoded = "\t";
                    break;
                case 'v':
                    decoded = "\u000b";
                    break;
                case '\\':
                    decoded = "\\";
                    break;
                case '"':
                    decoded = "\"";
                    break;
                case '$':
                    decoded = "$$";
                    break;
                case '0': {
                    int j = i + 2;
                    while (j < s.length() && j < i + 5 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                        j++;
                    }
                    // \0 then up to three octal digits; Go rejects values above 0377 and keeps the text.
                    int octal = j > i + 2 ? Integer.parseInt(s.substring(i + 2, j), 8) : 0;
                    if (j - (i + 2) == 3 && octal <= 0377) {
                        decoded = String.valueOf((char) octal);
                        consumed = j - i;
                    } else {
                        decoded = s.substring(i, j);
                        consumed = j - i;
                    }
                    break;
                }
                default:
                    decoded = s.substring(i, i + 2);
                    break;
            }
            out.append(decoded);
            i += consumed;
        }
        return out.toString();
    }

    private int lineEnd(int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private void problem(ProblemKind kind, int start, int end, String message) {
        problems.add(new ComposeProblem(kind, new Span(source, new TextRange(start, Math.max(start, end))), message));
    }

    /** CG's {@code isSpace}: blanks that are not line breaks. */
    private static boolean isSpace(char c) {
        return c == '\t' || c == '\u000b' || c == '\f' || c == '\r' || c == ' ' || c == '\u0085' || c == '\u00a0';
    }

    private static boolean isKeyChar(char c) {
        return c == '_' || c == '.' || c == '-' || c == '[' || c == ']' || Character.isLetterOrDigit(c);
    }
}
