package dev.bulwark.yaml;

import java.util.Arrays;

/**
 * Converts the loader's marks (0-based code point indices) to UTF-16 offsets: each supplementary
 * character before a code point index shifts it by one (ARCHITECTURE "YAML": convert at the adapter).
 */
final class CodePointOffsets {
    private final int length;
    /** Code point indices of the supplementary characters, ascending. */
    private final int[] supplementary;

    CodePointOffsets(String text) {
        this.length = text.length();
        int[] found = new int[0];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); codePoint++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, count * 2));
                }
                found[count++] = codePoint;
                i += 2;
            } else {
                i++;
            }
        }
        this.supplementary = Arrays.copyOf(found, count);
    }

    /** The UTF-16 offset of code point index {@code codePointIndex}, clamped to the text. */
    int toUtf16(int codePointIndex) {
        int idx = Arrays.binarySearch(supplementary, codePointIndex);
        int before = idx >= 0 ? idx : -idx - 1;
        return Math.max(0, Math.min(length, codePointIndex + before));
    }
}
