package dev.bulwark.rules.workflow;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.SpanSink;

/**
 * A rule on one CI workflow (a GitHub Actions workflow or a GitLab CI pipeline). The engine calls
 * it once per workflow file with that file's options; it judges the workflow alone, does no I/O
 * and keeps no state.
 */
public interface WorkflowRule extends Rule {

    void check(WorkflowContext ctx, SpanSink sink);
}
