package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;

/**
 * A variable of a service's container environment as Compose computes it: the {@code env_file}
 * files in order, then {@code environment} on top (a bare {@code KEY} takes the project's
 * variable, or is dropped when it has none). {@code span} is where the value is set.
 */
public final class ResolvedEnvVar {

    /** Where the value came from. */
    public enum Origin {
        /** The service's {@code environment}. */
        ENVIRONMENT,
        /** One of the service's {@code env_file} files. */
        ENV_FILE,
        /** A bare {@code KEY} in {@code environment}, valued from the project's {@code .env}. */
        PROJECT_ENVIRONMENT
    }

    private final String name;
    private final String value;
    private final Span span;
    private final Origin origin;
    private final boolean unresolved;

    ResolvedEnvVar(String name, String value, Span span, Origin origin, boolean unresolved) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        this.span = Objects.requireNonNull(span, "span");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.unresolved = unresolved;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    /** Where the value is written (the {@code environment} value, the env file line). */
    public Span span() {
        return span;
    }

    public Origin origin() {
        return origin;
    }

    /** True when the value depends on a variable with no value here. */
    public boolean isUnresolved() {
        return unresolved;
    }

    @Override
    public String toString() {
        return "ResolvedEnvVar[" + name + " " + origin + "]";
    }
}
