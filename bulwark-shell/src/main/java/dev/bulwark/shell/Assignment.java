package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.Optional;

/**
 * {@code NAME=value} (or bash {@code NAME+=value}): a prefix of a simple command, a bare
 * assignment, or an argument of {@code export}/{@code readonly}/{@code declare}/{@code local}.
 *
 * @param name   the variable name (with a subscript when present: {@code a[1]})
 * @param value  the part after {@code =}, possibly empty
 * @param append whether written {@code +=}
 * @param word   the whole word as written
 */
public record Assignment(String name, Word value, boolean append, Word word) {

    public TextRange range() {
        return word.range();
    }

    /** Parses {@code word} as an assignment when its unquoted start is {@code NAME=} or {@code NAME+=}. */
    static Optional<Assignment> of(Word word) {
        if (word.parts().isEmpty() || !(word.parts().get(0) instanceof WordPart.Literal first)) {
            return Optional.empty();
        }
        String text = first.text();
        int i = 0;
        int n = text.length();
        if (n == 0 || !isNameStart(text.charAt(0))) {
            return Optional.empty();
        }
        while (i < n && isNameChar(text.charAt(i))) {
            i++;
        }
        int nameEnd = i;
        if (i < n && text.charAt(i) == '[') {
            int close = text.indexOf(']', i);
            if (close < 0) {
                return Optional.empty();
            }
            i = close + 1;
            nameEnd = i;
        }
        boolean append = false;
        if (i < n && text.charAt(i) == '+') {
            append = true;
            i++;
        }
        if (i >= n || text.charAt(i) != '=') {
            return Optional.empty();
        }
        return Optional.of(new Assignment(text.substring(0, nameEnd), word.dropValuePrefix(i + 1), append, word));
    }

    static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
