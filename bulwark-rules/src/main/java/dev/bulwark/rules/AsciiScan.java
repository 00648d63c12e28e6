package dev.bulwark.rules;

/**
 * The pieces of regular-expression semantics that the rules' hand-written matchers need, so that
 * they accept exactly what the expressions they replace accepted: {@code \d} is an ASCII digit,
 * {@code .} stops at a line terminator, {@code $} also matches before a final line terminator.
 * Rules match by hand the shapes every file reaches (image tags, package names): compiling a
 * regular expression costs a cold start (see {@code dev.bulwark.core.LazyPattern}).
 */
public final class AsciiScan {
    private AsciiScan() {
    }

    /** {@code \d} without the Unicode flag. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code s} has an ASCII digit at {@code i}. */
    public static boolean digitAt(CharSequence s, int i) {
        return i >= 0 && i < s.length() && isDigit(s.charAt(i));
    }

    /** The index after the run of ASCII digits that starts at {@code from} ({@code from} itself when none). */
    public static int digitsEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code s[from, end)} is one or more ASCII digits. */
    public static boolean allDigits(CharSequence s, int from, int end) {
        return from < end && digitsEnd(s, from) >= end;
    }

    /** What {@code .} does not match without flags. */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether {@code (.*)} matches all of {@code s} from {@code from}: no line terminator in it. */
    public static boolean restIsOneLine(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isLineTerminator(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code $} (without flags) matches at {@code i}: at the end, or before a line
     * terminator ({@code \r\n} counting as one) that ends the text.
     */
    public static boolean isEndAnchor(CharSequence s, int i) {
        int n = s.length();
        if (i == n) {
            return true;
        }
        if (i == n - 2) {
            return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        }
        if (i == n - 1) {
            char c = s.charAt(i);
            return c == '\n' ? i == 0 || s.charAt(i - 1) != '\r' : isLineTerminator(c);
        }
        return false;
    }
}
