package dev.bulwark.dockerfile.ignore;

import java.util.Optional;

/**
 * One compiled {@code .dockerignore} pattern (spec 2.3): {@code text} is the cleaned pattern
 * without its {@code !}, {@code exception} whether it re-includes, {@code line} its 1-based line
 * in the file. A pattern Docker rejects carries its {@link #error()} and never matches.
 */
public final class IgnorePattern {
    private enum Kind { EXACT, PREFIX, SUFFIX, REGEX }

    private final String text;
    private final boolean exception;
    private final int line;
    private final Kind kind;
    private final GlobMatcher glob;
    private final String error;

    private IgnorePattern(String text, boolean exception, int line, Kind kind, GlobMatcher glob, String error) {
        this.text = text;
        this.exception = exception;
        this.line = line;
        this.kind = kind;
        this.glob = glob;
        this.error = error;
    }

    /**
     * Compiles one pattern as read from the file ({@code !} included). Translation of
     * patternmatcher's {@code compile} on Linux: {@code **} (eating a following {@code /}) is any
     * number of directories, {@code *} and {@code ?} never cross {@code /}, {@code [...]} is a
     * class, {@code \x} is a literal {@code x}; literal-only, {@code <literal>**} and
     * {@code **<literal>} patterns are exact, prefix and suffix matches.
     */
    static IgnorePattern compile(String raw, int line) {
        String p = raw.strip();
        boolean exception = p.startsWith("!");
        if (exception) {
            p = p.substring(1).strip();
        }
        if (exception && p.isEmpty()) {
            return invalid("!", true, line, "illegal exclusion pattern: \"!\"");
        }
        p = GoPath.clean(p);
        Optional<String> syntax = GoMatchSyntax.validate(p);
        if (syntax.isPresent()) {
            return invalid(p, exception, line, syntax.get());
        }
        // What patternmatcher turns into a regexp, as a matcher that cannot backtrack.
        GlobMatcher glob = new GlobMatcher();
        Kind kind = Kind.EXACT;
        int i = 0;
        int step = 0;
        while (i < p.length()) {
            char ch = p.charAt(i++);
            if (ch == '*') {
                if (i < p.length() && p.charAt(i) == '*') {
                    i++;
                    if (i < p.length() && p.charAt(i) == '/') {
                        i++;
                    }
                    if (i >= p.length()) {
                        if (kind == Kind.EXACT) {
                            kind = Kind.PREFIX;
                        } else {
                            glob.any();
                            kind = Kind.REGEX;
                        }
                    } else {
                        glob.directories();
                        kind = Kind.REGEX;
                    }
                    if (step == 0) {
                        kind = Kind.SUFFIX;
                    }
                } else {
                    glob.star();
                    kind = Kind.REGEX;
                }
            } else if (ch == '?') {
                glob.one();
                kind = Kind.REGEX;
            } else if (ch == '[') {
                int end = GoMatchSyntax.classEnd(p, i - 1);
                Optional<CharClass> cls = GoMatchSyntax.charClass(p.substring(i - 1, end));
                if (cls.isEmpty()) {
                    // A class Go's validation accepts but its regexp rejects (a reversed range such as
                    // `[Local-Only]`): Docker fails on the first match (spec 2.7).
                    return invalid(p, exception, line, "syntax error in pattern");
                }
                glob.characterClass(cls.get());
                i = end;
                kind = Kind.REGEX;
            } else if (ch == '\\' && i < p.length()) {
                char escaped = p.charAt(i++);
                glob.literal(escaped);
                kind = Kind.REGEX;
            } else {
                glob.literal(ch);
            }
            step++;
        }
        return new IgnorePattern(p, exception, line, kind, kind == Kind.REGEX ? glob : null, null);
    }

    private static IgnorePattern invalid(String text, boolean exception, int line, String error) {
        return new IgnorePattern(text, exception, line, Kind.EXACT, null, error);
    }

    /** The cleaned pattern without {@code !}. */
    public String text() {
        return text;
    }

    /** Whether the pattern starts with {@code !} and re-includes what it matches. */
    public boolean exception() {
        return exception;
    }

    public int line() {
        return line;
    }

    /** Why Docker rejects the pattern (the build fails); empty for a valid pattern. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** Whether the pattern matches this context-relative path itself (not its ancestors). */
    public boolean matches(String path) {
        if (error != null) {
            return false;
        }
        switch (kind) {
            case EXACT:
                return path.equals(text);
            case PREFIX:
                return path.startsWith(text.substring(0, text.length() - 2));
            case SUFFIX:
                String suffix = text.substring(2);
                if (suffix.startsWith("/") && path.equals(suffix.substring(1))) {
                    return true;
                }
                return path.endsWith(suffix);
            default:
                return glob.matches(path);
        }
    }

    @Override
    public String toString() {
        return (exception ? "!" : "") + text;
    }
}
