package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;

/** One key of a mapping: the key's text and span, and its value. Keys are never interpolated. */
public final class ComposeEntry {
    private final String key;
    private final Span keySpan;
    private final ComposeNode value;

    ComposeEntry(String key, Span keySpan, ComposeNode value) {
        this.key = Objects.requireNonNull(key, "key");
        this.keySpan = Objects.requireNonNull(keySpan, "keySpan");
        this.value = Objects.requireNonNull(value, "value");
    }

    public String key() {
        return key;
    }

    public Span keySpan() {
        return keySpan;
    }

    public ComposeNode value() {
        return value;
    }

    ComposeEntry withValue(ComposeNode newValue) {
        return new ComposeEntry(key, keySpan, newValue);
    }

    @Override
    public String toString() {
        return "ComposeEntry[" + key + " at " + keySpan + "]";
    }
}
