package dev.bulwark.workflow;

import dev.bulwark.core.TextRange;
import java.util.Objects;

/** A workflow the CI service would reject: a job that is not a mapping, steps that are not a list. */
public record WorkflowProblem(TextRange range, String message) {

    public WorkflowProblem {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(message, "message");
    }
}
