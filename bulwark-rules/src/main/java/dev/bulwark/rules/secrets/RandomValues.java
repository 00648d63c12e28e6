package dev.bulwark.rules.secrets;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells a generated credential (random letters and digits) from a setting, a word or a
 * placeholder, for values whose name already says they are secret: long enough, several
 * character classes, and a Shannon entropy that words and paths do not reach.
 */
public final class RandomValues {
    private static final int MIN_LENGTH = 16;
    private static final double MIN_BITS_PER_CHAR = 3.5;

    private RandomValues() {
    }

    /** Whether {@code value} looks like a generated secret rather than a word, path or reference. */
    public static boolean looksRandom(String value) {
        if (value.length() < MIN_LENGTH || value.contains(" ") || value.contains("$") || value.startsWith("/")
                || value.contains("://") || value.startsWith("<")) {
            return false;
        }
        int classes = 0;
        classes += value.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += value.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += value.chars().anyMatch(Character::isDigit) ? 1 : 0;
        if (classes < 2 || isPlaceholderLike(value)) {
            return false;
        }
        return entropy(value) >= MIN_BITS_PER_CHAR;
    }

    private static boolean isPlaceholderLike(String value) {
        String upper = value.toUpperCase(java.util.Locale.ROOT);
        return upper.contains("EXAMPLE") || upper.contains("XXXX") || upper.contains("YOUR") || upper.contains("CHANGE")
                || upper.contains("REPLACE") || upper.contains("PLACEHOLDER") || upper.contains("DUMMY");
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String value) {
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : value.toCharArray()) {
            counts.merge(c, 1, Integer::sum);
        }
        double bits = 0;
        for (int n : counts.values()) {
            double p = (double) n / value.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
