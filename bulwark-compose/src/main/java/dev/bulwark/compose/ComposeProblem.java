package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;

/**
 * A problem found while loading a Compose project, located in the file where it is (an override,
 * an included file, the {@code .env}). Messages are short fragments naming the culprit.
 */
public final class ComposeProblem {
    private final ProblemKind kind;
    private final Span span;
    private final String message;

    public ComposeProblem(ProblemKind kind, Span span, String message) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.span = Objects.requireNonNull(span, "span");
        this.message = Objects.requireNonNull(message, "message");
    }

    public ProblemKind kind() {
        return kind;
    }

    public Span span() {
        return span;
    }

    public String message() {
        return message;
    }

    // Written out (start-up rules): problems are de-duplicated in a set, since a value reached
    // through several aliases or validated after each file would otherwise be reported again.
    @Override
    public boolean equals(Object o) {
        return o instanceof ComposeProblem p && p.kind == kind && p.span.equals(span) && p.message.equals(message);
    }

    @Override
    public int hashCode() {
        return (kind.ordinal() * 31 + span.hashCode()) * 31 + message.hashCode();
    }

    @Override
    public String toString() {
        return kind + " " + span.location().path() + ":" + span.location().line() + ":" + span.location().column()
                + " " + message;
    }
}
