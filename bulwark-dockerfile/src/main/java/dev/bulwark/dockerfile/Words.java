package dev.bulwark.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** The word splitters of BuildKit's line parsers (spec 1.6). Each word is {@code [start, end)}. */
final class Words {

    private Words() {
    }

    /** {@code reWhitespace.Split}: split on runs of {@code [\t\v\f\r ]}, no quote handling. */
    static List<int[]> splitWhitespace(String s) {
        List<int[]> words = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && GoText.isSplitSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !GoText.isSplitSpace(s.charAt(i))) {
                i++;
            }
            words.add(new int[] {start, i});
        }
        return words;
    }

    /** Index of the end of the first run of {@code [\t\v\f\r ]}, or -1 if there is none. */
    static int[] firstSplit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (GoText.isSplitSpace(s.charAt(i))) {
                int j = i;
                while (j < s.length() && GoText.isSplitSpace(s.charAt(j))) {
                    j++;
                }
                return new int[] {i, j};
            }
        }
        return new int[0];
    }

    /**
     * {@code parseWords}: quote-aware split for ENV, LABEL and ARG. Quotes and escapes stay in the
     * words (the expander removes them); an escape character at the very end is dropped.
     */
    static List<int[]> parseWords(String s, char escape) {
        List<int[]> words = new ArrayList<>();
        int n = s.length();
        boolean inWord = false;
        char quote = 0;
        int start = 0;
        int pos = 0;
        while (pos < n) {
            char ch = s.charAt(pos);
            if (!inWord && quote == 0) {
                if (GoText.isSpace(ch)) {
                    pos++;
                    continue;
                }
                inWord = true;
                start = pos;
            }
            if (quote == 0) {
                if (GoText.isSpace(ch)) {
                    words.add(new int[] {start, pos});
                    inWord = false;
                    pos++;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    pos++;
                    continue;
                }
                if (ch == escape) {
                    if (pos + 1 == n) {
                        if (pos > start) {
                            words.add(new int[] {start, pos});
                        }
                        return words;
                    }
                    pos++;
                }
                pos++;
                continue;
            }
            if (ch == quote) {
                quote = 0;
                pos++;
                continue;
            }
            if (ch == escape && quote != '\'') {
                if (pos + 1 == n) {
                    words.add(new int[] {start, pos});
                    return words;
                }
                pos++;
            }
            pos++;
        }
        if (inWord || quote != 0) {
            words.add(new int[] {start, n});
        }
        return words;
    }
}
