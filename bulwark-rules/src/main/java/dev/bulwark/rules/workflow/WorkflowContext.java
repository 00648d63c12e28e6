package dev.bulwark.rules.workflow;

import dev.bulwark.rules.RuleOptions;
import dev.bulwark.workflow.Workflow;
import java.util.Objects;

/** What a {@link WorkflowRule} checks: one workflow and the rule's options. */
public record WorkflowContext(Workflow workflow, RuleOptions options) {

    public WorkflowContext {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(options, "options");
    }
}
