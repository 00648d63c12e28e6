package dev.bulwark.dockerfile;

import dev.bulwark.core.MappedText;

/** Character classes and trimming as BuildKit's Go code sees them. */
final class GoText {

    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}, used by {@code strings.TrimSpace} and the word splitters. */
    static boolean isSpace(char c) {
        switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /** The class {@code [\t\v\f\r ]} of BuildKit's {@code reWhitespace} (spec 1.5, 1.6). */
    static boolean isSplitSpace(char c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Go regexp's {@code \s}: {@code [\t\n\f\r ]}. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** {@code strings.TrimSpace} on a mapped text. */
    static MappedText trim(MappedText text) {
        String s = text.text();
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? text : text.sub(start, end);
    }

    static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Number of bytes the UTF-8 encoding of {@code s[from, to)} takes. */
    static long utf8Length(String s, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
