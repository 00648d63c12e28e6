package dev.bulwark.workflow;

import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A GitHub Actions expression {@code ${{ ... }}} in a value: the runner substitutes it as text
 * before the shell sees the script, which is what makes untrusted contexts in {@code run:}
 * injectable.
 *
 * @param inner the expression between the braces, trimmed ({@code github.event.issue.title})
 * @param range where {@code ${{ ... }}} is written in the file
 */
public record Expression(String inner, TextRange range) {

    public Expression {
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(range, "range");
    }

    /** The expressions in a text, as logical ranges of it. */
    static List<TextRange> find(String text) {
        List<TextRange> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("${{", from);
            if (open < 0) {
                return out;
            }
            int close = text.indexOf("}}", open + 3);
            if (close < 0) {
                return out;
            }
            out.add(new TextRange(open, close + 2));
            from = close + 2;
        }
    }

    /** Whether the expression reads the context {@code prefix} ({@code secrets.}, {@code github.event.}). */
    public boolean reads(String prefix) {
        return inner.contains(prefix);
    }
}
