package dev.bulwark.shell;

/** Decodes the backslash escapes of bash {@code $'...'} strings. */
final class AnsiC {
    private AnsiC() {
    }

    /** Decodes the escape at {@code at} (a backslash) into {@code out}; returns the index after it. */
    static int decodeEscape(String s, int at, StringBuilder out) {
        char c = s.charAt(at + 1);
        int next = at + 2;
        switch (c) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'e', 'E' -> out.append('\u001b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000b');
            case '\\', '\'', '"', '?' -> out.append(c);
            case 'x' -> next = number(s, next, 2, 16, out);
            case 'u' -> next = number(s, next, 4, 16, out);
            case 'U' -> next = number(s, next, 8, 16, out);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> next = number(s, at + 1, 3, 8, out);
            case 'c' -> {
                if (next < s.length()) {
                    out.append((char) (s.charAt(next) & 0x1f));
                    next++;
                }
            }
            default -> out.append('\\').append(c);
        }
        return next;
    }

    private static int number(String s, int from, int maxDigits, int radix, StringBuilder out) {
        int value = 0;
        int i = from;
        while (i < s.length() && i - from < maxDigits && Character.digit(s.charAt(i), radix) >= 0) {
            value = value * radix + Character.digit(s.charAt(i), radix);
            i++;
        }
        if (i == from) {
            out.append('\\').append(s.charAt(from - 1));
            return from;
        }
        out.appendCodePoint(Character.isValidCodePoint(value) ? value : 0xFFFD);
        return i;
    }
}
