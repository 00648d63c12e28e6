package dev.bulwark.dockerfile;

import dev.bulwark.core.EditDistance;
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
        Optional<String> closest = closest(value, candidates, caseSensitive);
        return closest.isPresent() ? message + " (did you mean " + closest.get() + "?)" : message;
    }

    /** Levenshtein distance, giving up (returning {@code limit + 1}) on very long words. */
    private static int distance(String a, String b, int limit) {
        return a.length() > 256 ? limit + 1 : EditDistance.levenshtein(a, b, limit);
    }
}
