package dev.bulwark.rules.project;

import dev.bulwark.core.TextRange;
import java.util.List;

/**
 * Findings of one rule on one Dockerfile that the project graph proves needless: those whose range
 * starts in one of {@code places} (a FROM image, the ARG default it comes from, a {@code --from}
 * value), or every one in the file when {@code places} is empty (a rule about the final stage as a
 * whole, which reports once per file).
 */
public record GraphWaiver(String code, List<TextRange> places) {

    public GraphWaiver {
        places = List.copyOf(places);
    }

    /** Every finding of {@code code} in the file. */
    public static GraphWaiver wholeFile(String code) {
        return new GraphWaiver(code, List.of());
    }

    /** Whether a finding of rule {@code findingCode} at {@code range} is waived. */
    public boolean waives(String findingCode, TextRange range) {
        if (!code.equals(findingCode)) {
            return false;
        }
        if (places.isEmpty()) {
            return true;
        }
        for (TextRange place : places) {
            // An empty place still holds a finding that starts where it does.
            if (place.contains(range.start()) || place.start() == range.start()) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code waivers} waives a finding of {@code code} at {@code range}. */
    public static boolean anyWaives(List<GraphWaiver> waivers, String code, TextRange range) {
        for (GraphWaiver w : waivers) {
            if (w.waives(code, range)) {
                return true;
            }
        }
        return false;
    }
}
