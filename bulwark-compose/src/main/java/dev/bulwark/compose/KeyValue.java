package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a list-or-mapping attribute ({@code environment}, {@code labels},
 * {@code build.args}, {@code sysctls}...), written either {@code KEY: value} or
 * {@code - KEY=value}. {@code value} is empty for a bare {@code KEY} (list form) or a null
 * ({@code KEY:}): for {@code environment} Compose then takes the value from its environment.
 * In list form the key and value are cut out of the item with exact spans.
 */
public final class KeyValue {
    private final String key;
    private final Span keySpan;
    private final Optional<ComposeScalar> value;
    private final Span span;
    private final boolean listForm;

    KeyValue(String key, Span keySpan, Optional<ComposeScalar> value, Span span, boolean listForm) {
        this.key = Objects.requireNonNull(key, "key");
        this.keySpan = Objects.requireNonNull(keySpan, "keySpan");
        this.value = Objects.requireNonNull(value, "value");
        this.span = Objects.requireNonNull(span, "span");
        this.listForm = listForm;
    }

    public String key() {
        return key;
    }

    public Span keySpan() {
        return keySpan;
    }

    /** The value; empty for a bare {@code KEY} or {@code KEY:}. */
    public Optional<ComposeScalar> value() {
        return value;
    }

    /** The value's text, {@code ""} when there is none. */
    public String valueText() {
        return value.isPresent() ? value.get().value() : "";
    }

    /** Where the value is (for redaction), else the key. */
    public Span valueSpan() {
        return value.isPresent() ? value.get().span() : keySpan;
    }

    /** The whole entry: the list item, or the key through the value. */
    public Span span() {
        return span;
    }

    public boolean isListForm() {
        return listForm;
    }

    @Override
    public String toString() {
        return "KeyValue[" + key + " at " + keySpan + "]";
    }
}
