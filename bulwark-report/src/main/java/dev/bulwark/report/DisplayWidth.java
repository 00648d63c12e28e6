package dev.bulwark.report;

/**
 * Terminal cells a code point takes, so the underline stays under the right characters when a
 * line holds CJK text or emoji (common in comments of ML projects). An approximation of East
 * Asian Width: wide and fullwidth blocks count 2, combining marks 0, everything else 1.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(int cp) {
        if (isCombining(cp)) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isCombining(int cp) {
        return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff)
                || (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe20 && cp <= 0xfe2f) || cp == 0x200b
                || cp == 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f);
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115f)
                || (cp >= 0x2e80 && cp <= 0x303e)
                || (cp >= 0x3041 && cp <= 0x33ff)
                || (cp >= 0x3400 && cp <= 0x4dbf)
                || (cp >= 0x4e00 && cp <= 0x9fff)
                || (cp >= 0xa000 && cp <= 0xa4cf)
                || (cp >= 0xac00 && cp <= 0xd7a3)
                || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe30 && cp <= 0xfe4f)
                || (cp >= 0xff00 && cp <= 0xff60)
                || (cp >= 0xffe0 && cp <= 0xffe6)
                || (cp >= 0x1f300 && cp <= 0x1f64f)
                || (cp >= 0x1f900 && cp <= 0x1f9ff)
                || (cp >= 0x20000 && cp <= 0x3fffd);
    }
}
