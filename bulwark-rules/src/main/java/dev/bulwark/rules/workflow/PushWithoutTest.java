package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Workflow;

/**
 * An image pushed with no test run before the push: no test command ({@code pytest},
 * {@code make test}, {@code go test}, {@code docker run IMAGE pytest}...) in an earlier step of the
 * pushing job or in a job it waits for. Info: tests often gate the merge in another workflow, which
 * this one cannot see.
 */
@RuleInfo(code = "CI004", name = "push-without-test", practice = Practice.CI_CD,
        severity = Severity.INFO,
        summary = "A workflow pushes an image without running tests before the push.",
        fix = "Run the tests (ideally inside the built image) in an earlier step, or in a job the pushing job `needs`.")
public final class PushWithoutTest implements WorkflowRule {

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        if (Activities.callsReusableWorkflow(w) || Activities.onlyCalled(w)) {
            return;
        }
        for (Activity.Push push : Activities.firstPushPerStep(w)) {
            if (!testedBefore(w, push)) {
                sink.report(w.span(push.at()), "image pushed in job `" + push.job().id() + "` with no test run before");
            }
        }
    }

    private static boolean testedBefore(Workflow w, Activity.Push push) {
        for (Activity a : w.activities()) {
            if (a instanceof Activity.Test && Activities.before(w, a, push)) {
                return true;
            }
        }
        return false;
    }
}
