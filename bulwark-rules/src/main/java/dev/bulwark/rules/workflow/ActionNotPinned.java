package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.ActionRef;
import dev.bulwark.workflow.Job;
import dev.bulwark.workflow.Step;
import dev.bulwark.workflow.Workflow;
import java.util.Optional;
import java.util.Set;

/**
 * A third-party action or reusable workflow not pinned to a full commit SHA, or a container action
 * ({@code docker://}) not pinned by digest. As zizmor's default policy: actions of GitHub's own
 * organisations ({@code actions/*}, {@code github/*}, {@code dependabot/*}) may be pinned to a
 * tag, but must name a ref; local actions ({@code ./}) come from the repository itself. A ref
 * given by an expression is not judged.
 */
@RuleInfo(code = "CI007", name = "action-not-pinned", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A third-party action is not pinned to a full commit SHA.",
        fix = "Pin the action to the commit of the release: `uses: owner/action@<40-hex sha> # v1.2.3` (Dependabot and Renovate keep such pins up to date).",
        aliases = {"unpinned-uses"})
public final class ActionNotPinned implements WorkflowRule {
    private static final Set<String> FIRST_PARTY = Set.of("actions", "github", "dependabot");

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        for (Job job : w.jobs()) {
            judge(w, job.uses(), sink);
            for (Step step : job.steps()) {
                judge(w, step.uses(), sink);
            }
        }
    }

    private static void judge(Workflow w, Optional<ActionRef> uses, SpanSink sink) {
        if (uses.isEmpty() || uses.get().refIsExpression()) {
            return;
        }
        ActionRef ref = uses.get();
        if (ref.kind() == ActionRef.Kind.DOCKER) {
            if (!ref.pinnedToDigest()) {
                sink.report(w.span(ref.range()), "container action `" + ref.name() + "` not pinned by digest");
            }
            return;
        }
        if (ref.kind() != ActionRef.Kind.REPOSITORY) {
            return;
        }
        if (ref.ref().isEmpty()) {
            sink.report(w.span(ref.range()), "action `" + ref.name() + "` without a ref");
        } else if (!FIRST_PARTY.contains(ref.owner()) && !ref.pinnedToCommit()) {
            sink.report(w.span(ref.range()), "action `" + ref.name() + "` pinned to `" + ref.ref()
                    + "`, not to a commit SHA");
        }
    }
}
