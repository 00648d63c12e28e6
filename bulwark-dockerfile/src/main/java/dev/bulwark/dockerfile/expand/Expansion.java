package dev.bulwark.dockerfile.expand;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of expanding one word.
 *
 * @param text       the expanded text with quotes removed; the input unchanged when there is a problem
 * @param words      the result split into words after expansion (spec 1.6: ADD/COPY/VOLUME/EXPOSE);
 *                   text from quotes and escapes is never split; empty when there is a problem
 * @param referenced variable names looked up, in order of first use
 * @param undefined  the referenced names that were not set (BuildKit's {@code UndefinedVar} input);
 *                   positional and special parameters are never listed (spec 1.9: always unset)
 * @param problems   at most one problem: BuildKit stops at the first substitution error
 */
public record Expansion(String text, List<String> words, Set<String> referenced, Set<String> undefined,
                        List<ExpansionProblem> problems) {

    public Expansion {
        words = List.copyOf(words);
        referenced = copy(referenced);
        undefined = copy(undefined);
        problems = List.copyOf(problems);
    }

    public boolean isOk() {
        return problems.isEmpty();
    }

    // Most expansions reference nothing: share the empty set rather than copy.
    private static Set<String> copy(Set<String> names) {
        return names.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }
}
