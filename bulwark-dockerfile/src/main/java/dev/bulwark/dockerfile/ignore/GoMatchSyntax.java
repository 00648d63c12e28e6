package dev.bulwark.dockerfile.ignore;

import java.util.Optional;

/**
 * The pattern syntax Go's {@code filepath.Match} accepts (patternmatcher validates every pattern
 * with it, spec 2.3): character classes {@code [...]} with an optional {@code ^}, ranges
 * {@code a-z} and {@code \} escapes; an unclosed class, an empty class, a bare {@code -} or
 * {@code ]} where a character is expected, and a trailing {@code \} are errors.
 */
final class GoMatchSyntax {
    private static final String BAD = "syntax error in pattern";

    private GoMatchSyntax() {
    }

    static Optional<String> validate(String pattern) {
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 >= pattern.length()) {
                    return Optional.of(BAD);
                }
                i += 2;
            } else if (c == '[') {
                int end = classEnd(pattern, i);
                if (end < 0) {
                    return Optional.of(BAD);
                }
                i = end;
            } else {
                i++;
            }
        }
        return Optional.empty();
    }

    /** Index after the class starting at {@code open}, or -1 when the class is malformed. */
    static int classEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        int ranges = 0;
        while (true) {
            if (i < p.length() && p.charAt(i) == ']' && ranges > 0) {
                return i + 1;
            }
            int lo = escapedChar(p, i);
            if (lo < 0) {
                return -1;
            }
            i = next(p, i);
            if (i < p.length() && p.charAt(i) == '-') {
                int hi = escapedChar(p, i + 1);
                if (hi < 0) {
                    return -1;
                }
                i = next(p, i + 1);
            }
            ranges++;
        }
    }

    /**
     * The class as written ({@code [^a-z\]]}, already validated by {@link #classEnd}), or empty when
     * a range is reversed ({@code [z-a]}): Go's validation accepts it, but Docker's regexp, as Java's,
     * rejects it.
     */
    static Optional<CharClass> charClass(String cls) {
        int i = 1;
        boolean negated = cls.charAt(i) == '^';
        if (negated) {
            i++;
        }
        int[] ranges = new int[2 * cls.length()];
        int size = 0;
        while (i < cls.length() - 1) {
            int lo = escapedChar(cls, i);
            int hi = lo;
            i = next(cls, i);
            if (i < cls.length() - 1 && cls.charAt(i) == '-') {
                hi = escapedChar(cls, i + 1);
                i = next(cls, i + 1);
                if (hi < lo) {
                    return Optional.empty();
                }
            }
            ranges[size++] = lo;
            ranges[size++] = hi;
        }
        int[] exact = new int[size];
        System.arraycopy(ranges, 0, exact, 0, size);
        return Optional.of(new CharClass(negated, exact));
    }

    // Go's getEsc: a character of a class; `-` and `]` are not characters here, `\` escapes.
    private static int escapedChar(String p, int i) {
        if (i >= p.length()) {
            return -1;
        }
        char c = p.charAt(i);
        if (c == '-' || c == ']') {
            return -1;
        }
        if (c == '\\') {
            return i + 1 < p.length() ? p.charAt(i + 1) : -1;
        }
        return c;
    }

    private static int next(String p, int i) {
        return p.charAt(i) == '\\' ? i + 2 : i + 1;
    }
}
