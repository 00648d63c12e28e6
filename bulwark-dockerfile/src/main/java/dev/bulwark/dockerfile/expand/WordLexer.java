package dev.bulwark.dockerfile.expand;

import dev.bulwark.core.TextRange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One expansion run over one input (spec 1.9). Mirrors the structure of BuildKit's
 * {@code shellWord}: a scanner over code points, with a stop character for nested words. Holds
 * mutable state, so it lives for a single {@link #run()}.
 */
final class WordLexer {
    private static final int EOF = -1;

    private final String input;
    private final VariableLookup env;
    private final int escape;
    private final boolean rawQuotes;
    private final boolean rawEscapesAtTop;
    private boolean rawEscapes;
    private int pos;
    private final Set<String> referenced = new LinkedHashSet<>();
    private final Set<String> undefined = new LinkedHashSet<>();

    WordLexer(String input, VariableLookup env, char escape, boolean rawQuotes, boolean rawEscapes) {
        this.input = input;
        this.env = env;
        this.escape = escape;
        this.rawQuotes = rawQuotes;
        this.rawEscapesAtTop = rawEscapes;
        this.rawEscapes = rawEscapes;
    }

    Expansion run() {
        if (isPlain()) {
            // Most words have nothing to expand, unquote or unescape: the text stays as written
            // and only needs splitting into words.
            WordSplitter words = new WordSplitter();
            for (int i = 0; i < input.length(); ) {
                int cp = input.codePointAt(i);
                words.add(cp);
                i += Character.charCount(cp);
            }
            return new Expansion(input, words.finish(), Set.of(), Set.of(), List.of());
        }
        try {
            Word word = processStopOn(EOF, rawEscapesAtTop);
            return new Expansion(word.text(), word.words(), referenced, undefined, List.of());
        } catch (Failure f) {
            return new Expansion(input, List.of(), referenced, undefined, List.of(f.problem));
        }
    }

    /** Whether the input holds no {@code $}, quote or escape character, so scanning would copy it. */
    private boolean isPlain() {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '$' || c == '\'' || c == '"' || c == escape) {
                return false;
            }
        }
        return true;
    }

    private record Word(String text, List<String> words) {
    }

    /** Unwinds the recursion on the first error; never leaves this class. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ExpansionProblem problem;

        Failure(int start, int end, String message) {
            super(message, null, false, false);
            this.problem = new ExpansionProblem(new TextRange(start, Math.max(start, end)), message);
        }
    }

    private int peek() {
        return pos < input.length() ? input.codePointAt(pos) : EOF;
    }

    private int next() {
        if (pos >= input.length()) {
            return EOF;
        }
        int cp = input.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    private Failure fail(int start, String message) {
        return new Failure(start, Math.min(input.length(), Math.max(pos, start + 1)), message);
    }

    private Word processStopOn(int stop, boolean raw) {
        boolean saved = rawEscapes;
        rawEscapes = raw;
        try {
            return scanWord(stop);
        } finally {
            rawEscapes = saved;
        }
    }

    private Word scanWord(int stop) {
        int start = pos;
        StringBuilder result = new StringBuilder();
        WordSplitter words = new WordSplitter();
        while (peek() != EOF) {
            int ch = peek();
            if (stop != EOF && ch == stop) {
                next();
                return new Word(result.toString(), words.finish());
            }
            if (ch == '$') {
                String value = processDollar();
                result.append(value);
                // spec 1.9: expanded values are split into words, quoted text is not
                words.addSplitting(value);
            } else if (ch == '\'') {
                String value = processSingleQuote();
                result.append(value);
                words.addRaw(value);
            } else if (ch == '"') {
                String value = processDoubleQuote();
                result.append(value);
                words.addRaw(value);
            } else {
                ch = next();
                if (ch == escape) {
                    if (rawEscapes) {
                        words.addRaw(ch);
                        result.appendCodePoint(ch);
                    }
                    // spec 1.9: outside quotes the escape character escapes any character
                    ch = next();
                    if (ch == EOF) {
                        break;
                    }
                    words.addRaw(ch);
                } else {
                    words.add(ch);
                }
                result.appendCodePoint(ch);
            }
        }
        if (stop != EOF) {
            throw fail(start, "unexpected end of statement while looking for matching " + Character.toString(stop));
        }
        return new Word(result.toString(), words.finish());
    }

    private String processSingleQuote() {
        int start = pos;
        StringBuilder result = new StringBuilder();
        int ch = next();
        if (rawQuotes) {
            result.appendCodePoint(ch);
        }
        // spec 1.9: single quotes are literal, with no escapes inside
        while (true) {
            ch = next();
            if (ch == EOF) {
                throw new Failure(start, input.length(),
                        "unexpected end of statement while looking for matching single-quote");
            }
            if (ch == '\'') {
                if (rawQuotes) {
                    result.appendCodePoint(ch);
                }
                return result.toString();
            }
            result.appendCodePoint(ch);
        }
    }

    private String processDoubleQuote() {
        int start = pos;
        StringBuilder result = new StringBuilder();
        int ch = next();
        if (rawQuotes) {
            result.appendCodePoint(ch);
        }
        while (true) {
            int p = peek();
            if (p == EOF) {
                throw new Failure(start, input.length(),
                        "unexpected end of statement while looking for matching double-quote");
            }
            if (p == '"') {
                ch = next();
                if (rawQuotes) {
                    result.appendCodePoint(ch);
                }
                return result.toString();
            }
            if (p == '$') {
                result.append(processDollar());
                continue;
            }
            ch = next();
            if (ch == escape) {
                if (rawEscapes) {
                    result.appendCodePoint(ch);
                }
                int after = peek();
                if (after == EOF) {
                    continue;
                }
                // spec 1.9: inside double quotes only ", $ and the escape character are escaped;
                // before any other character the escape character stays
                if (after == '"' || after == '$' || after == escape) {
                    ch = next();
                }
            }
            result.appendCodePoint(ch);
        }
    }

    private String processDollar() {
        int start = pos;
        next();
        if (peek() != '{') {
            String name = processName();
            if (name.isEmpty()) {
                // spec 1.9: `$` before a non-name character is a literal `$`
                return "$";
            }
            return lookup(name).orElse("");
        }
        next();
        int first = peek();
        if (first == EOF) {
            throw fail(start, "syntax error: missing '}'");
        }
        if (first == '{' || first == '}' || first == ':') {
            throw fail(start, "syntax error: bad substitution");
        }
        String name = processName();
        int ch = next();
        if (ch == EOF) {
            throw fail(start, "syntax error: missing '}'");
        }
        String modifier = Character.toString(ch);
        boolean nullIsUnset = false;
        switch (ch) {
            case '}':
                return lookup(name).orElse("");
            case ':':
                nullIsUnset = true;
                ch = next();
                modifier += ch == EOF ? "" : Character.toString(ch);
                return conditional(start, name, ch, modifier, true);
            case '+', '-', '?', '#', '%':
                return conditional(start, name, ch, modifier, nullIsUnset);
            case '/':
                return replace(start, name);
            default:
                throw fail(start, "unsupported modifier (" + modifier + ") in substitution");
        }
    }

    private String conditional(int start, String name, int ch, String modifier, boolean nullIsUnset) {
        boolean patternWord = ch == '#' || ch == '%';
        if (nullIsUnset && patternWord) {
            // spec 1.9: ${name:#x} and ${name:%x} are rejected
            throw fail(start, "unsupported modifier (" + modifier + ") in substitution");
        }
        String word = nested(start, '}', patternWord, "syntax error: missing '}'");
        Optional<String> value = lookup(name);
        boolean unset = value.isEmpty() || (nullIsUnset && value.get().isEmpty());
        switch (ch) {
            case '-':
                return unset ? word : value.get();
            case '+':
                return unset ? "" : word;
            case '?':
                if (value.isEmpty()) {
                    throw fail(start, name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                }
                if (unset) {
                    throw fail(start, name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                }
                return value.get();
            case '#', '%':
                // spec 1.9: # and % remove the shortest match, ## and %% the longest; the doubled
                // character is looked for in the word after its own expansion, as BuildKit does
                boolean greedy = !word.isEmpty() && word.charAt(0) == ch;
                String pattern = greedy ? word.substring(1) : word;
                String current = value.orElse("");
                ShellPattern.Outcome trimmed = ch == '%'
                        ? ShellPattern.trimSuffix(pattern, current, greedy)
                        : ShellPattern.trimPrefix(pattern, current, greedy);
                return orFail(start, trimmed);
            default:
                throw fail(start, "unsupported modifier (" + modifier + ") in substitution");
        }
    }

    private String replace(int start, String name) {
        boolean all = peek() == '/';
        if (all) {
            next();
        }
        String pattern = nested(start, '/', true, "syntax error: missing '/' in ${}");
        String replacement = nested(start, '}', true, "syntax error: missing '}'");
        String current = lookup(name).orElse("");
        return orFail(start, ShellPattern.replace(pattern, current, replacement, all));
    }

    private String orFail(int start, ShellPattern.Outcome outcome) {
        if (outcome instanceof ShellPattern.Outcome.Value v) {
            return v.text();
        }
        throw fail(start, ((ShellPattern.Outcome.Invalid) outcome).message());
    }

    /** A nested word up to {@code stop}; running out of input reports the outer construct. */
    private String nested(int start, int stop, boolean raw, String atEndMessage) {
        try {
            return processStopOn(stop, raw).text();
        } catch (Failure f) {
            if (peek() == EOF) {
                throw new Failure(start, input.length(), atEndMessage);
            }
            throw f;
        }
    }

    private String processName() {
        StringBuilder name = new StringBuilder();
        while (peek() != EOF) {
            int ch = peek();
            if (name.length() == 0 && Character.isDigit(ch)) {
                // spec 1.9: positional parameters $1, ${999}
                while (peek() != EOF && Character.isDigit(peek())) {
                    name.appendCodePoint(next());
                }
                return name.toString();
            }
            if (name.length() == 0 && isSpecialParameter(ch)) {
                return Character.toString(next());
            }
            if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
                break;
            }
            name.appendCodePoint(next());
        }
        return name.toString();
    }

    private static boolean isSpecialParameter(int ch) {
        return ch == '@' || ch == '*' || ch == '#' || ch == '?' || ch == '-' || ch == '$' || ch == '!' || ch == '0';
    }

    private Optional<String> lookup(String name) {
        // spec 1.9: positional and special parameters are always unset ($$ is not an escape)
        if (name.isEmpty() || Character.isDigit(name.codePointAt(0)) || isSpecialParameter(name.codePointAt(0))) {
            return Optional.empty();
        }
        referenced.add(name);
        Optional<String> value = env.lookup(name);
        if (value.isEmpty()) {
            undefined.add(name);
        }
        return value;
    }

    /** Splits expansion output into words the way BuildKit's {@code wordsStruct} does. */
    private static final class WordSplitter {
        private final StringBuilder current = new StringBuilder();
        private final List<String> words = new ArrayList<>();
        private boolean inWord;

        void add(int ch) {
            if (isSpace(ch)) {
                if (inWord && current.length() != 0) {
                    words.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                addRaw(ch);
            }
        }

        void addRaw(int ch) {
            current.appendCodePoint(ch);
            inWord = true;
        }

        void addSplitting(String text) {
            int i = 0;
            while (i < text.length()) {
                int ch = text.codePointAt(i);
                add(ch);
                i += Character.charCount(ch);
            }
        }

        void addRaw(String text) {
            current.append(text);
            inWord = true;
        }

        List<String> finish() {
            if (current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
                inWord = false;
            }
            return words;
        }

        /** Go's {@code unicode.IsSpace}. */
        private static boolean isSpace(int ch) {
            return ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x0B || ch == '\f' || ch == '\r' || ch == 0x85
                    || Character.isSpaceChar(ch);
        }
    }
}
