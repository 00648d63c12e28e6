package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import java.util.Objects;

/**
 * Input the Kubernetes API would reject, found while reading a manifest: a value, never an
 * exception. The span is the exact key or value at fault; the message is a short fragment
 * ("`containers` is not a list").
 */
public final class ManifestProblem {
    private final ProblemKind kind;
    private final Span span;
    private final String message;

    public ManifestProblem(ProblemKind kind, Span span, String message) {
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

    @Override
    public String toString() {
        return span.location().line() + ":" + span.location().column() + " " + message;
    }
}
