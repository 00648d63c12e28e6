package dev.bulwark.project;

/**
 * COPY/ADD source matching: Go's {@code filepath.Match}, which BuildKit applies to context paths
 * for a source with wildcards. {@code *} matches any run of characters except {@code /},
 * {@code ?} one character except {@code /}, {@code [...]} a class ({@code ^} negates, ranges with
 * {@code -}), {@code \} escapes; {@code **} is not special (it is two stars within one segment).
 * A malformed pattern matches nothing. Segments are matched one by one, each in time linear in
 * the pattern times the name (no exponential backtracking).
 */
public final class CopyGlob {
    private CopyGlob() {
    }

    /** Whether the source has a wildcard Docker would expand. */
    public static boolean hasWildcard(String source) {
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return true;
            }
            if (c == '\\') {
                i++;
            }
        }
        return false;
    }

    /** Whether {@code pattern} matches {@code path} exactly (both context-relative, cleaned). */
    public static boolean matches(String pattern, String path) {
        String[] ps = pattern.split("/", -1);
        String[] ns = path.split("/", -1);
        if (ps.length != ns.length) {
            return false;
        }
        for (int i = 0; i < ps.length; i++) {
            if (!segment(ps[i], ns[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code pattern} matches {@code path} or one of its ancestor folders (then the folder is copied). */
    public static boolean copies(String pattern, String path) {
        if (pattern.equals(".")) {
            return true;
        }
        int depth = 1;
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '/') {
                depth++;
            }
        }
        String[] ns = path.split("/", -1);
        if (ns.length < depth) {
            return false;
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                prefix.append('/');
            }
            prefix.append(ns[i]);
        }
        return matches(pattern, prefix.toString());
    }

    // Star matching with one remembered star (the classic greedy algorithm): linear backtracking only.
    private static boolean segment(String p, String n) {
        int pi = 0;
        int ni = 0;
        int starP = -1;
        int starN = 0;
        while (ni < n.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                starP = pi;
                starN = ni;
                continue;
            }
            int step = pi < p.length() ? single(p, pi, n.charAt(ni)) : -1;
            if (step > 0) {
                pi += step;
                ni++;
            } else if (step == -2) {
                return false;
            } else if (starP >= 0) {
                starN++;
                ni = starN;
                pi = starP;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    // Length of the pattern element at pi when it matches c; -1 when it does not; -2 when malformed.
    private static int single(String p, int pi, char c) {
        char e = p.charAt(pi);
        if (e == '?') {
            return 1;
        }
        if (e == '\\') {
            if (pi + 1 >= p.length()) {
                return -2;
            }
            return p.charAt(pi + 1) == c ? 2 : -1;
        }
        if (e != '[') {
            return e == c ? 1 : -1;
        }
        int i = pi + 1;
        boolean negated = i < p.length() && p.charAt(i) == '^';
        if (negated) {
            i++;
        }
        boolean matched = false;
        boolean first = true;
        while (i < p.length() && (first || p.charAt(i) != ']')) {
            first = false;
            char lo = p.charAt(i);
            if (lo == '\\') {
                if (i + 1 >= p.length()) {
                    return -2;
                }
                lo = p.charAt(++i);
            }
            i++;
            char hi = lo;
            if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                hi = p.charAt(i + 1);
                if (hi == '\\') {
                    if (i + 2 >= p.length()) {
                        return -2;
                    }
                    hi = p.charAt(i + 2);
                    i++;
                }
                i += 2;
                if (hi < lo) {
                    return -2;
                }
            }
            if (lo <= c && c <= hi) {
                matched = true;
            }
        }
        if (i >= p.length()) {
            return -2;
        }
        return matched != negated ? i + 1 - pi : -1;
    }
}
