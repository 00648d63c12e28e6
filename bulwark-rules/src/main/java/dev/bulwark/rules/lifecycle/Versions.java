package dev.bulwark.rules.lifecycle;

/** Dotted release numbers ({@code 3.8}, {@code 2018.03}, {@code 12.2.0}) read by hand, compared by component. */
final class Versions {
    private static final int[] NONE = new int[0];

    private Versions() {
    }

    /** The numeric components of a dotted version; empty when it is not one ({@code 3.x}, {@code}). */
    static int[] components(String version) {
        if (version.isEmpty()) {
            return NONE;
        }
        int count = 1;
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (c == '.') {
                count++;
            } else if (c < '0' || c > '9') {
                return NONE;
            }
        }
        int[] out = new int[count];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= version.length(); i++) {
            if (i == version.length() || version.charAt(i) == '.') {
                if (digits == 0 || digits > 9) {
                    return NONE;
                }
                out[part++] = value;
                value = 0;
                digits = 0;
            } else {
                value = value * 10 + (version.charAt(i) - '0');
                digits++;
            }
        }
        return out;
    }

    /** The leading dotted number of a tag word: {@code 3.8.18} of {@code 3.8.18}, {@code 8} of {@code 8u342}; empty when none. */
    static String leading(String word) {
        int end = 0;
        while (end < word.length() && (Character.isDigit(word.charAt(end)) || word.charAt(end) == '.')) {
            end++;
        }
        while (end > 0 && word.charAt(end - 1) == '.') {
            end--;
        }
        return word.substring(0, end);
    }

    /** Whether {@code prefix} is {@code version} or its leading components ({@code 3.8} of {@code 3.8.18}). */
    static boolean isPrefix(int[] prefix, int[] version) {
        if (prefix.length == 0 || prefix.length > version.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (prefix[i] != version[i]) {
                return false;
            }
        }
        return true;
    }

    /** Negative, zero or positive as {@code a} is older than, the same as or newer than {@code b} (missing parts count as 0). */
    static int compare(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return 0;
    }
}
