package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;
import java.util.Optional;

/** A variable of the interpolation environment: its value and the {@code .env} line that set it. */
public final class EnvVariable {
    private final String name;
    private final String value;
    private final Optional<Span> definition;

    public EnvVariable(String name, String value, Optional<Span> definition) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    /** The span of the variable's key in the {@code .env} file, when it came from one. */
    public Optional<Span> definition() {
        return definition;
    }

    @Override
    public String toString() {
        return "EnvVariable[" + name + "]";
    }
}
