package dev.bulwark.dockerfile;

import dev.bulwark.core.MappedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logical instruction line split as BuildKit's {@code splitCommand} and
 * {@code extractBuilderFlags} do (spec 1.5): keyword, flag words, and the trimmed rest. Offsets are
 * logical offsets into {@code line}.
 */
record SplitLine(MappedText line, int keywordEnd, List<FlagWord> flags, int argsStart, int argsEnd) {

    /** One flag word: its logical extent, the value with quotes and escapes processed, and where
     *  its first {@code =} is (index in {@code value} and logical offset; -1 if none). */
    record FlagWord(int start, int end, String value, int eqIndex, int eqOffset) {
    }

    String keyword() {
        return line.text().substring(0, keywordEnd);
    }

    String keywordLower() {
        return keyword().toLowerCase(Locale.ROOT);
    }

    MappedText args() {
        return line.sub(argsStart, argsEnd);
    }

    String argsText() {
        return line.text().substring(argsStart, argsEnd);
    }

    /** Splits a trimmed logical line. */
    static SplitLine of(MappedText line) {
        String s = line.text();
        int n = s.length();
        int k = 0;
        while (k < n && !GoText.isSplitSpace(s.charAt(k))) {
            k++;
        }
        int rest = k;
        while (rest < n && GoText.isSplitSpace(s.charAt(rest))) {
            rest++;
        }
        List<FlagWord> flags = new ArrayList<>();
        int argsStart = rest >= n ? n : extractFlags(s, rest, flags);
        int argsEnd = n;
        argsStart = GoText.skipSpace(s, argsStart);
        while (argsEnd > argsStart && GoText.isSpace(s.charAt(argsEnd - 1))) {
            argsEnd--;
        }
        return new SplitLine(line, k, flags, argsStart, argsEnd);
    }

    private static final int SPACES = 0;
    private static final int WORD = 1;
    private static final int QUOTE = 2;

    /**
     * {@code extractBuilderFlags}: words starting with {@code --} are flags until the first other
     * word; a bare {@code --} ends the flags and is dropped; inside flag words quotes are removed
     * and {@code \} escapes the next character (the code hard-codes {@code \}, whatever the escape
     * directive says). Returns where the arguments start.
     */
    private static int extractFlags(String s, int from, List<FlagWord> out) {
        int n = s.length();
        int phase = SPACES;
        StringBuilder word = new StringBuilder();
        int wordStart = from;
        char quote = 0;
        boolean blankOk = false;
        int eqIndex = -1;
        int eqOffset = -1;
        for (int pos = from; pos <= n; pos++) {
            char ch = pos < n ? s.charAt(pos) : 0;
            if (phase == SPACES) {
                if (pos == n) {
                    return n;
                }
                if (GoText.isSpace(ch)) {
                    continue;
                }
                if (ch != '-' || pos + 1 == n || s.charAt(pos + 1) != '-') {
                    return pos;
                }
                phase = WORD;
                wordStart = pos;
            }
            if (pos == n) {
                if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
                    out.add(new FlagWord(wordStart, n, word.toString(), eqIndex, eqOffset));
                }
                return n;
            }
            if (phase == WORD) {
                if (GoText.isSpace(ch)) {
                    phase = SPACES;
                    if (word.toString().equals("--")) {
                        return pos;
                    }
                    if (blankOk || word.length() > 0) {
                        out.add(new FlagWord(wordStart, pos, word.toString(), eqIndex, eqOffset));
                    }
                    word.setLength(0);
                    blankOk = false;
                    eqIndex = -1;
                    eqOffset = -1;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = QUOTE;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 == n) {
                        continue;
                    }
                    pos++;
                    ch = s.charAt(pos);
                }
            } else {
                if (ch == quote) {
                    phase = WORD;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 == n) {
                        phase = WORD;
                        continue;
                    }
                    pos++;
                    ch = s.charAt(pos);
                }
            }
            if (ch == '=' && eqIndex < 0) {
                eqIndex = word.length();
                eqOffset = pos;
            }
            word.append(ch);
        }
        return n;
    }
}
