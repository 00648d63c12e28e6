package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;

/**
 * One variable set by a {@code .env} or {@code env_file}: its key, its final value (escapes
 * decoded, interpolated), and where both are in the file. {@code valueSpan} covers the value as
 * written (quotes included), for redaction. {@code inherited} marks a bare {@code KEY} line whose
 * value came from the environment.
 */
public final class DotEnvEntry {
    private final String key;
    private final Span keySpan;
    private final String value;
    private final Span valueSpan;
    private final boolean inherited;

    DotEnvEntry(String key, Span keySpan, String value, Span valueSpan, boolean inherited) {
        this.key = Objects.requireNonNull(key, "key");
        this.keySpan = Objects.requireNonNull(keySpan, "keySpan");
        this.value = Objects.requireNonNull(value, "value");
        this.valueSpan = Objects.requireNonNull(valueSpan, "valueSpan");
        this.inherited = inherited;
    }

    public String key() {
        return key;
    }

    public Span keySpan() {
        return keySpan;
    }

    public String value() {
        return value;
    }

    public Span valueSpan() {
        return valueSpan;
    }

    public boolean isInherited() {
        return inherited;
    }

    @Override
    public String toString() {
        return "DotEnvEntry[" + key + " at " + keySpan + "]";
    }
}
