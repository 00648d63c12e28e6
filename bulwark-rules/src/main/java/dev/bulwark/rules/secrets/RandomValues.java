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
        if (characterClasses(value) < 2 || isPlaceholderLike(value)) {
            return false;
        }
        return entropy(value) >= MIN_BITS_PER_CHAR;
    }

    // Upper case, lower case, digits: how many of them occur.
    private static int characterClasses(String value) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0);
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
            Integer n = counts.get(c);
            counts.put(c, n == null ? 1 : n + 1);
        }
        double bits = 0;
        for (int n : counts.values()) {
            double p = (double) n / value.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
