package dev.bulwark.report;

/**
 * Keeps audited text from driving the terminal: control characters (ANSI escapes, carriage
 * returns) and bidirectional overrides ("Trojan Source") are shown as {@code ?}. Tabs stay.
 */
final class TextSafety {

    private TextSafety() {
    }

    static char safeChar(char c) {
        return isUnsafe(c) ? '?' : c;
    }

    static String safe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUnsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append('?');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
