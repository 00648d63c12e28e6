package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.Job;
import dev.bulwark.workflow.Step;
import dev.bulwark.workflow.Value;
import dev.bulwark.workflow.Workflow;
import java.util.List;
import java.util.Optional;

/**
 * A workflow started by {@code pull_request_target} or {@code workflow_run} (which run with the
 * base repository's secrets and a write token) that checks out the pull request's head
 * ({@code actions/checkout} with {@code ref: ${{ github.event.pull_request.head.sha }}} and the
 * like) and then runs code: a later {@code run:} step, a local action, or an image build of the
 * checked-out tree ("pwn request").
 */
@RuleInfo(code = "CI008", name = "untrusted-checkout", practice = Practice.SECURITY,
        severity = Severity.ERROR,
        summary = "A privileged workflow checks out a pull request's code and runs it.",
        fix = "Run untrusted code under `pull_request` (no secrets); if `pull_request_target` is needed, check out the base only, or split the privileged part into a `workflow_run` that never executes the artifacts.")
public final class UntrustedCheckout implements WorkflowRule {
    private static final List<String> HEAD_REFS = List.of("github.event.pull_request.head.sha",
            "github.event.pull_request.head.ref", "github.head_ref", "github.event.workflow_run.head_sha",
            "github.event.workflow_run.head_branch", "github.event.pull_request.merge_commit_sha",
            "github.event.pull_request.number", "refs/pull/", "github.event.pull_request.head.repo.full_name",
            "github.event.workflow_run.head_repository.full_name", "github.event.number");

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        if (!w.triggeredBy("pull_request_target") && !w.triggeredBy("workflow_run")) {
            return;
        }
        for (Job job : w.jobs()) {
            for (Step step : job.steps()) {
                if (!step.uses("actions/checkout")) {
                    continue;
                }
                Optional<Value> head = headInput(step);
                if (head.isPresent() && runsLater(job, step)) {
                    sink.report(w.span(head.get().range()), "job `" + job.id()
                            + "` checks out the pull request's head and runs it in a privileged workflow");
                }
            }
        }
    }

    private static Optional<Value> headInput(Step step) {
        for (String input : List.of("ref", "repository")) {
            Optional<Value> v = step.input(input);
            if (v.isPresent()) {
                for (String marker : HEAD_REFS) {
                    if (v.get().text().contains(marker)) {
                        return v;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean runsLater(Job job, Step checkout) {
        for (Step s : job.steps()) {
            if (s.index() <= checkout.index()) {
                continue;
            }
            if (s.run().isPresent() || (s.uses().isPresent()
                    && (s.uses().get().kind() == dev.bulwark.workflow.ActionRef.Kind.LOCAL
                    || s.uses("docker/build-push-action")))) {
                return true;
            }
        }
        return false;
    }
}
