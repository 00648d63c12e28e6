package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One variable reference ({@code $VAR}, {@code ${VAR...}}) in a scalar. {@code span} is the exact
 * {@code ${...}} expression in the file when it can be found there (always for plain and simple
 * quoted scalars), else the whole scalar. {@code definition} is where the variable's value was set
 * (the {@code .env} line), when it was.
 */
public final class VariableUse {

    /** What interpolation did with the variable. */
    public enum State {
        /** The variable has a value in the project's {@code .env} (or an including project's). */
        SET,
        /** The variable is unset (or empty for {@code :-}) and a default or alternate form gave the value. */
        DEFAULTED,
        /** Unset with no default: Compose substitutes an empty string (or refuses, for {@code ?}). */
        UNSET
    }

    private final String name;
    private final Span span;
    private final State state;
    private final Optional<Span> definition;
    // Offsets of the expression in the scalar's raw (pre-interpolation) value, to slice scalars.
    private final int rawStart;
    private final int rawEnd;

    VariableUse(String name, Span span, State state, Optional<Span> definition, int rawStart, int rawEnd) {
        this.name = Objects.requireNonNull(name, "name");
        this.span = Objects.requireNonNull(span, "span");
        this.state = Objects.requireNonNull(state, "state");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
    }

    public String name() {
        return name;
    }

    public Span span() {
        return span;
    }

    public State state() {
        return state;
    }

    public Optional<Span> definition() {
        return definition;
    }

    /** True when the variable had no value and no default: the real value is unknown here. */
    public boolean isUnresolved() {
        return state == State.UNSET;
    }

    int rawStart() {
        return rawStart;
    }

    int rawEnd() {
        return rawEnd;
    }

    @Override
    public String toString() {
        return "VariableUse[" + name + " " + state + " at " + span + "]";
    }
}
