package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Job;
import dev.bulwark.workflow.Workflow;
import dev.bulwark.workflow.WorkflowKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub workflow that pushes images with no {@code permissions:} block, neither for the workflow
 * nor for the pushing job: its {@code GITHUB_TOKEN} then gets the repository's default, which is
 * write access to everything in older and many organisation settings. Reported at the pushing job.
 * A reusable workflow ({@code on: workflow_call} only) gets its caller's token and is left alone.
 */
@RuleInfo(code = "CI010", name = "push-without-permissions", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A workflow that pushes images does not limit its token with `permissions:`.",
        fix = "Declare what the job needs, e.g. `permissions: {contents: read, packages: write}` (plus `id-token: write` for signing).")
public final class PushWithoutPermissions implements WorkflowRule {

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        if (w.kind() != WorkflowKind.GITHUB_ACTIONS || w.permissions().isPresent() || Activities.onlyCalled(w)) {
            return;
        }
        List<Job> reported = new ArrayList<>();
        for (Activity.Push push : Activities.pushes(w)) {
            Job job = push.job();
            if (job.permissions().isEmpty() && !containsSame(reported, job)) {
                reported.add(job);
                sink.report(w.span(job.keyRange()), "job `" + job.id()
                        + "` pushes images with the default token permissions");
            }
        }
    }

    private static boolean containsSame(List<Job> jobs, Job job) {
        for (Job j : jobs) {
            if (j == job) {
                return true;
            }
        }
        return false;
    }
}
