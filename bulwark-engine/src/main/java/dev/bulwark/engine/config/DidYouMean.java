package dev.bulwark.engine.config;

import dev.bulwark.core.EditDistance;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known word for a misspelt one (Levenshtein distance, case-insensitive). */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest candidate within a distance that scales with the word's length; ties go to the first. */
    public static Optional<String> suggest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = w.length() <= 3 ? 1 : Math.max(2, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= limit && !best.equals(word) ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean `x`?"} or nothing. */
    public static String hint(String word, Collection<String> candidates) {
        Optional<String> suggestion = suggest(word, candidates);
        return suggestion.isPresent() ? "; did you mean `" + suggestion.get() + "`?" : "";
    }

    static int distance(String a, String b) {
        return EditDistance.levenshtein(a, b);
    }
}
