package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.ActionRef;
import dev.bulwark.workflow.Job;
import dev.bulwark.workflow.Step;
import dev.bulwark.workflow.Workflow;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A third-party action or reusable workflow not pinned to a full commit SHA, or a container action
 * ({@code docker://}) not pinned by digest. Actions of GitHub's own organisations
 * ({@code actions/*}, {@code github/*}, {@code dependabot/*}) may be pinned to a tag by default
 * (GitHub's hardening guide trusts tags of creators you trust; zizmor's default before 1.20), but
 * must name a ref; option {@code tag-pinned-owners} changes the list (empty: SHAs everywhere, as
 * zizmor 1.20 and StepSecurity). Local actions ({@code ./}) come from the repository itself. A
 * ref given by an expression is not judged.
 */
@RuleInfo(code = "CI007", name = "action-not-pinned", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A third-party action is not pinned to a full commit SHA.",
        fix = "Pin the action to the commit of the release: `uses: owner/action@<40-hex sha> # v1.2.3` (Dependabot and Renovate keep such pins up to date).")
public final class ActionNotPinned implements WorkflowRule {
    private static final String TAG_PINNED_OWNERS = "tag-pinned-owners";

    @Override
    public List<RuleOption> options() {
        return List.of(RuleOption.stringList(TAG_PINNED_OWNERS, List.of("actions", "github", "dependabot"),
                "Owners whose actions may be pinned to a tag or branch; empty to require commit SHAs everywhere."));
    }

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        Set<String> tagPinned = new HashSet<>();
        for (String owner : ctx.options().stringList(TAG_PINNED_OWNERS)) {
            tagPinned.add(owner.toLowerCase(Locale.ROOT));
        }
        for (Job job : w.jobs()) {
            judge(w, job.uses(), tagPinned, sink);
            for (Step step : job.steps()) {
                judge(w, step.uses(), tagPinned, sink);
            }
        }
    }

    private static void judge(Workflow w, Optional<ActionRef> uses, Set<String> tagPinned, SpanSink sink) {
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
            sink.report(w.span(ref.range()), "action `" + ref.writtenName() + "` without a ref");
        } else if (!tagPinned.contains(ref.owner()) && !ref.pinnedToCommit()) {
            sink.report(w.span(ref.range()), "action `" + ref.writtenName() + "` pinned to `" + ref.ref()
                    + "`, not to a commit SHA");
        }
    }
}
