package dev.bulwark.dockerfile.ignore;

/**
 * A {@code [...]} of a {@code .dockerignore} pattern: ranges of UTF-16 units, maybe negated. It
 * matches a code point as the Java regex class {@code [\x{lo}-\x{hi}...]} built from the same
 * ranges did, without compiling one (a cold start pays for the first regex of a run, and the
 * example project's {@code .dockerignore} has a class).
 */
final class CharClass {
    private final boolean negated;
    private final int[] ranges;

    /** @param ranges low and high bounds, in pairs, each pair with low at most high */
    CharClass(boolean negated, int[] ranges) {
        this.negated = negated;
        this.ranges = ranges.clone();
    }

    boolean matches(int codePoint) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (codePoint >= ranges[i] && codePoint <= ranges[i + 1]) {
                return !negated;
            }
        }
        return negated;
    }
}
