package dev.bulwark.engine.suppress;

import java.util.Optional;

/**
 * A hadolint ignore comment, {@code hadolint\s+(?:(global|stage)\s+)?ignore\s*=(.*)} (dot matching
 * everything), matched by hand: a comment must not cost a cold start a regex compilation.
 *
 * @param scope {@code global}, {@code stage}, or {@code null} for the next instruction
 * @param list  everything after {@code =}
 */
record HadolintIgnore(String scope, String list) {
    private static final String HADOLINT = "hadolint";
    private static final String IGNORE = "ignore";

    static Optional<HadolintIgnore> of(String text) {
        if (!text.startsWith(HADOLINT)) {
            return Optional.empty();
        }
        int i = SuppressionParser.afterBlanks(text, HADOLINT.length());
        if (i == HADOLINT.length()) {
            return Optional.empty();
        }
        String scope = null;
        for (String word : new String[] {"global", "stage"}) {
            int after = SuppressionParser.afterBlanks(text, i + word.length());
            if (text.startsWith(word, i) && after > i + word.length()) {
                scope = word;
                i = after;
                break;
            }
        }
        if (!text.startsWith(IGNORE, i)) {
            return Optional.empty();
        }
        int equals = SuppressionParser.afterBlanks(text, i + IGNORE.length());
        if (equals >= text.length() || text.charAt(equals) != '=') {
            return Optional.empty();
        }
        return Optional.of(new HadolintIgnore(scope, text.substring(equals + 1)));
    }
}
