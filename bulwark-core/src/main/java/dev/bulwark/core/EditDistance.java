package dev.bulwark.core;

/**
 * Levenshtein distance, for the "did you mean" of config errors, BuildKit-style syntax messages
 * and rules that point at a near-miss name. Each caller keeps its own notion of "close enough".
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The number of single-character insertions, deletions and substitutions from {@code a} to {@code b}. */
    public static int levenshtein(CharSequence a, CharSequence b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The distance when it is at most {@code limit}, else {@code limit + 1}, without the quadratic
     * work when the lengths alone already differ by more than the limit.
     */
    public static int levenshtein(CharSequence a, CharSequence b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        return Math.min(levenshtein(a, b), limit + 1);
    }
}
