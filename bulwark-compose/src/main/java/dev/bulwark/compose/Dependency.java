package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code depends_on} entry: short form ({@code - db}, condition {@code service_started}) or long
 * ({@code db: {condition: service_healthy}}). An entry written in short form stays flagged as such
 * even after a merge turned it into a mapping.
 */
public final class Dependency {
    private final String service;
    private final Span serviceSpan;
    private final DependencyCondition condition;
    private final Optional<ComposeScalar> conditionNode;
    private final boolean required;
    private final boolean restart;
    private final boolean shortForm;
    private final Span span;

    Dependency(String service, Span serviceSpan, DependencyCondition condition, Optional<ComposeScalar> conditionNode,
               boolean required, boolean restart, boolean shortForm, Span span) {
        this.service = Objects.requireNonNull(service, "service");
        this.serviceSpan = Objects.requireNonNull(serviceSpan, "serviceSpan");
        this.condition = Objects.requireNonNull(condition, "condition");
        this.conditionNode = Objects.requireNonNull(conditionNode, "conditionNode");
        this.required = required;
        this.restart = restart;
        this.shortForm = shortForm;
        this.span = Objects.requireNonNull(span, "span");
    }

    /** The name of the service depended on. */
    public String service() {
        return service;
    }

    /** The name as written: the list item or the mapping key. */
    public Span serviceSpan() {
        return serviceSpan;
    }

    public DependencyCondition condition() {
        return condition;
    }

    /** The {@code condition} value as written; empty for the short form. */
    public Optional<ComposeScalar> conditionNode() {
        return conditionNode;
    }

    /** {@code required} (default true): false only warns when the dependency is missing. */
    public boolean required() {
        return required;
    }

    /** {@code restart: true}: restart this service when the dependency is restarted. */
    public boolean restart() {
        return restart;
    }

    public boolean isShortForm() {
        return shortForm;
    }

    /** The whole entry. */
    public Span span() {
        return span;
    }

    @Override
    public String toString() {
        return "Dependency[" + service + " " + condition + "]";
    }
}
