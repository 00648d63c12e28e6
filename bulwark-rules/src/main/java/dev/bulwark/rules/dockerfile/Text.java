package dev.bulwark.rules.dockerfile;

import java.util.Collection;

/** String tests the rules share: digits, known prefixes and suffixes. */
final class Text {

    private Text() {
    }

    /** Whether every character is a digit ({@link Character#isDigit}); true for the empty string. */
    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithAny(String s, Collection<String> prefixes) {
        for (String prefix : prefixes) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithAny(String s, Collection<String> suffixes) {
        for (String suffix : suffixes) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
