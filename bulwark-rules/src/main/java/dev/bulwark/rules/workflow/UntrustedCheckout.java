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
 * like) and then runs code: a later {@code run:} step that does more than read the checkout
 * ({@code git diff --name-only} to list changed files runs nothing of it), a local action, or an
 * image build of the checked-out tree ("pwn request"). A reusable workflow is judged with the
 * events of the workflows that call it.
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
        boolean itself = w.triggeredBy("pull_request_target") || w.triggeredBy("workflow_run");
        if (!itself && !ctx.startedBy("pull_request_target") && !ctx.startedBy("workflow_run")) {
            return;
        }
        // A reusable workflow runs with its caller's event and, through `secrets: inherit`, its secrets.
        String where = itself ? "a privileged workflow" : "a workflow called by a privileged one ("
                + (ctx.startedBy("pull_request_target") ? "`pull_request_target`" : "`workflow_run`") + ")";
        for (Job job : w.jobs()) {
            for (Step step : job.steps()) {
                if (!step.uses("actions/checkout")) {
                    continue;
                }
                Optional<Value> head = headInput(w, job, step);
                if (head.isPresent() && runsLater(job, step)) {
                    sink.report(w.span(head.get().range()), "job `" + job.id()
                            + "` checks out the pull request's head and runs it in " + where);
                }
            }
        }
    }

    private static Optional<Value> headInput(Workflow w, Job job, Step step) {
        for (String input : List.of("ref", "repository")) {
            Optional<Value> v = step.input(input);
            if (v.isPresent() && (namesHead(v.get().text()) || headFromEarlierStep(job, step, v.get().text())
                    || headFromNeededJob(w, v.get().text()))) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static boolean namesHead(String text) {
        for (String marker : HEAD_REFS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ref: ${{ needs.get-ref.outputs.CHECKOUT_REF }}} where a step of job {@code get-ref}
     * writes {@code CHECKOUT_REF=refs/pull/...} to the outputs the job passes on.
     */
    private static boolean headFromNeededJob(Workflow w, String ref) {
        int needs = ref.indexOf("needs.");
        int at = ref.indexOf(".outputs.");
        if (needs < 0 || at < needs) {
            return false;
        }
        Optional<Job> producer = w.job(ref.substring(needs + "needs.".length(), at));
        if (producer.isEmpty()) {
            return false;
        }
        String output = identifierAt(ref, at + ".outputs.".length());
        for (Step s : producer.get().steps()) {
            if (s.run().isPresent() && writesHead(s.run().get().node().value(), output)) {
                return true;
            }
        }
        return false;
    }

    private static String identifierAt(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean writesHead(String script, String output) {
        return !output.isEmpty() && script.contains(output + "=") && namesHead(script);
    }

    /**
     * {@code ref: ${{ steps.get-ref.outputs.CHECKOUT_REF }}} (or {@code ${{ env.CHECKOUT_REF }}}) where an earlier step of the job
     * writes {@code CHECKOUT_REF=refs/pull/${{ github.event.number }}/merge} to its outputs.
     */
    private static boolean headFromEarlierStep(Job job, Step checkout, String ref) {
        int at = ref.indexOf(".outputs.");
        int env = ref.indexOf("env.");
        String output;
        if (ref.contains("steps.") && at >= 0) {
            output = identifierAt(ref, at + ".outputs.".length());
        } else if (env >= 0 && (env == 0 || !Character.isLetterOrDigit(ref.charAt(env - 1)))) {
            // `ref: ${{ env.CHECKOUT_REF }}` set by an earlier step through $GITHUB_ENV.
            output = identifierAt(ref, env + "env.".length());
        } else {
            return false;
        }
        for (Step s : job.steps()) {
            if (s.index() < checkout.index() && s.run().isPresent() && writesHead(s.run().get().node().value(), output)) {
                return true;
            }
        }
        return false;
    }

    private static boolean runsLater(Job job, Step checkout) {
        for (Step s : job.steps()) {
            if (s.index() <= checkout.index()) {
                continue;
            }
            if (s.run().isPresent() && !ReadOnlyCommands.only(s.run().get()) || (s.uses().isPresent()
                    && (s.uses().get().kind() == dev.bulwark.workflow.ActionRef.Kind.LOCAL
                    || s.uses("docker/build-push-action")))) {
                return true;
            }
        }
        return false;
    }
}
