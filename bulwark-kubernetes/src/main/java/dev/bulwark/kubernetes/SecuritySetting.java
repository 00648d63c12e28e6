package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import java.util.Optional;
import java.util.OptionalLong;

/** A security field in effect for a container, and the level it is written at. */
public final class SecuritySetting {
    private final Field field;
    private final SecurityLevel level;

    SecuritySetting(Field field, SecurityLevel level) {
        this.field = field;
        this.level = level;
    }

    public Field field() {
        return field;
    }

    public SecurityLevel level() {
        return level;
    }

    /** The span of the entry where the value is really set. */
    public Span span() {
        return field.span();
    }

    public boolean isTrue() {
        return field.isTrue();
    }

    public boolean isFalse() {
        return field.isFalse();
    }

    public OptionalLong integer() {
        return field.integer();
    }

    public Optional<String> text() {
        return field.text();
    }

    @Override
    public String toString() {
        return field + "@" + level;
    }
}
