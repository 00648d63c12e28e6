package dev.bulwark.rules.workflow;

import dev.bulwark.rules.RuleOptions;
import dev.bulwark.workflow.Workflow;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link WorkflowRule} checks: one workflow, the rule's options, and the events that start
 * the workflows of the run calling this one as a reusable workflow (empty for others).
 */
public record WorkflowContext(Workflow workflow, RuleOptions options, Set<String> callerEvents) {

    public WorkflowContext {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(options, "options");
        callerEvents = Set.copyOf(callerEvents);
    }

    /** A workflow that nothing in the run calls. */
    public WorkflowContext(Workflow workflow, RuleOptions options) {
        this(workflow, options, Set.of());
    }

    /** Whether {@code event} starts the workflow, itself or through a workflow calling it. */
    public boolean startedBy(String event) {
        return workflow.triggeredBy(event) || callerEvents.contains(event);
    }
}
