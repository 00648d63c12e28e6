package dev.bulwark.dockerfile;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The "did you mean" of BuildKit's error messages: the closest candidate by edit distance. */
final class Suggest {

    private Suggest() {
    }

    static Optional<String> closest(String value, Collection<String> candidates, boolean caseSensitive) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
        // A suggestion is only useful when it is clearly closer than a rewrite.
        int limit = Math.max(1, (v.length() + 2) / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = caseSensitive ? candidate : candidate.toLowerCase(Locale.ROOT);
            int d = distance(v, c, limit);
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    static String withSuggestion(String message, String value, Collection<String> candidates, boolean caseSensitive) {
        return closest(value, candidates, caseSensitive).map(s -> message + " (did you mean " + s + "?)").orElse(message);
    }

    /** Levenshtein distance, giving up (returning {@code limit + 1}) when lengths differ too much. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit || a.length() > 256) {
            return limit + 1;
        }
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
}
