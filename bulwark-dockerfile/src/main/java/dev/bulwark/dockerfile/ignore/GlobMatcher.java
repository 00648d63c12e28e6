package dev.bulwark.dockerfile.ignore;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a path against a compiled {@code .dockerignore} pattern in time proportional to the
 * pattern's length times the path's, whatever the stars. It accepts exactly what the regular
 * expression {@link IgnorePattern} used to build accepts ({@code [^/]*} for {@code *},
 * {@code [^/]} for {@code ?}, {@code (.*&#47;)?} and {@code .*} for {@code **}, a class per
 * {@code [...]}, anchored at both ends), but without backtracking: Java's regex engine backtracks,
 * and a pattern of many stars ({@code a**********b}) took seconds on one path, where Docker's
 * Go regexp (RE2) is linear (found by DockerignoreFuzzTest, issue 9).
 *
 * <p>The set of path offsets reachable after each element is carried forward in one pass per
 * element; wildcards step over whole code points, as the regex engine does, and {@code .}
 * stops at the line terminators Java's regex {@code .} stops at.
 */
final class GlobMatcher {
    private enum Kind { LITERAL, ONE, CLASS, STAR, DIRECTORIES, ANY }

    private static final class Element {
        final Kind kind;
        final char literal;
        final CharClass characterClass;

        Element(Kind kind, char literal, CharClass characterClass) {
            this.kind = kind;
            this.literal = literal;
            this.characterClass = characterClass;
        }
    }

    private final List<Element> elements = new ArrayList<>();

    void literal(char c) {
        elements.add(new Element(Kind.LITERAL, c, null));
    }

    /** {@code ?}: one code point other than {@code /}. */
    void one() {
        elements.add(new Element(Kind.ONE, '\0', null));
    }

    /** {@code [...]}: one code point of this class. */
    void characterClass(CharClass cls) {
        elements.add(new Element(Kind.CLASS, '\0', cls));
    }

    /** {@code *}: any run of code points without {@code /}. */
    void star() {
        elements.add(new Element(Kind.STAR, '\0', null));
    }

    /** {@code **} before more pattern: nothing, or any text up to and including a {@code /}. */
    void directories() {
        elements.add(new Element(Kind.DIRECTORIES, '\0', null));
    }

    /** {@code **} at the end after other wildcards: any text. */
    void any() {
        elements.add(new Element(Kind.ANY, '\0', null));
    }

    boolean matches(String path) {
        int n = path.length();
        boolean[] reach = new boolean[n + 1];
        reach[0] = true;
        for (Element e : elements) {
            boolean[] next = new boolean[n + 1];
            boolean any = false;
            boolean carry = false;
            for (int i = 0; i <= n; ) {
                int cp = i < n ? path.codePointAt(i) : -1;
                int width = i < n ? Character.charCount(cp) : 1;
                switch (e.kind) {
                    case LITERAL:
                        if (reach[i] && i < n && path.charAt(i) == e.literal) {
                            next[i + 1] = true;
                            any = true;
                        }
                        i++;
                        continue;
                    case ONE:
                        if (reach[i] && i < n && cp != '/') {
                            next[i + width] = true;
                            any = true;
                        }
                        break;
                    case CLASS:
                        if (reach[i] && i < n && e.characterClass.matches(cp)) {
                            next[i + width] = true;
                            any = true;
                        }
                        break;
                    case STAR:
                        // Reachable from any reachable offset before it with no '/' in between.
                        carry |= reach[i];
                        if (carry) {
                            next[i] = true;
                            any = true;
                        }
                        if (cp == '/') {
                            carry = false;
                        }
                        break;
                    case DIRECTORIES:
                        if (reach[i]) {
                            next[i] = true;
                            any = true;
                            carry = true;
                        }
                        if (cp == '/' && carry) {
                            next[i + 1] = true;
                            any = true;
                        } else if (isLineTerminator(cp)) {
                            carry = false;
                        }
                        break;
                    default:
                        carry |= reach[i];
                        if (carry) {
                            next[i] = true;
                            any = true;
                        }
                        if (isLineTerminator(cp)) {
                            carry = false;
                        }
                        break;
                }
                i += width;
            }
            if (!any) {
                return false;
            }
            reach = next;
        }
        return reach[n];
    }

    /** What Java's regex {@code .} does not match without flags. */
    private static boolean isLineTerminator(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\u0085' || cp == '\u2028' || cp == '\u2029';
    }
}
