package dev.bulwark.rules;

import java.util.Collection;

/** String tests the rules share: digits, known prefixes and suffixes, file names. */
public final class Text {

    private Text() {
    }

    /** Whether every character is a digit ({@link Character#isDigit}); true for the empty string. */
    public static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean startsWithAny(String s, Collection<String> prefixes) {
        for (String prefix : prefixes) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public static boolean endsWithAny(String s, Collection<String> suffixes) {
        for (String suffix : suffixes) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last segment of a path written with {@code /} or, as Windows images do, {@code \}
     * ({@code C:\app\model.tar.gz} gives {@code model.tar.gz}); trailing separators are ignored.
     */
    public static String fileName(String path) {
        int end = path.length();
        while (end > 0 && isSeparator(path.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !isSeparator(path.charAt(start - 1))) {
            start--;
        }
        return path.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '\\';
    }
}
