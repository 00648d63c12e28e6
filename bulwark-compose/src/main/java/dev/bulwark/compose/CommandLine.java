package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * A {@code command} or {@code entrypoint}: a list (exec form, one word per item) or a string,
 * which Compose splits into words like a shell would, without running one (quotes and
 * backslashes honoured, no variable expansion). An empty list or null clears the image's value.
 */
public final class CommandLine {
    private final ComposeNode node;
    private final List<Word> words;

    CommandLine(ComposeNode node, List<Word> words) {
        this.node = Objects.requireNonNull(node, "node");
        this.words = List.copyOf(words);
    }

    public ComposeNode node() {
        return node;
    }

    public Span span() {
        return node.span();
    }

    /** True for the string form. */
    public boolean isStringForm() {
        return node instanceof ComposeScalar;
    }

    public List<Word> words() {
        return words;
    }

    /** The words joined by single spaces. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Word w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.text());
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "CommandLine[" + text() + "]";
    }
}
