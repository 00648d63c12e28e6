package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;

/** One word of a {@code command} or {@code entrypoint}, with its span (exact when it can be cut out of the scalar). */
public final class Word {
    private final String text;
    private final Span span;

    Word(String text, Span span) {
        this.text = Objects.requireNonNull(text, "text");
        this.span = Objects.requireNonNull(span, "span");
    }

    public String text() {
        return text;
    }

    public Span span() {
        return span;
    }

    @Override
    public String toString() {
        return "Word[" + text + "]";
    }
}
