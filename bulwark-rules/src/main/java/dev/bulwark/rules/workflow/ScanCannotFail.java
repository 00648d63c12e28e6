package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Value;
import dev.bulwark.workflow.Workflow;
import java.util.Locale;

/**
 * A vulnerability scan whose findings can never fail the job: Trivy without a non-zero
 * {@code exit-code} (its default is 0), Grype without {@code --fail-on} or with
 * {@code fail-build: false}, Docker Scout without {@code exit-code}, any scanner under
 * {@code continue-on-error: true}, {@code allow_failure: true} or followed by {@code || ...}.
 * Scans that write SARIF are left alone: their results go to code scanning, which gates there.
 */
@RuleInfo(code = "CI003", name = "scan-cannot-fail", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING,
        summary = "A vulnerability scan in a workflow can never fail the job.",
        fix = "Let the scan fail on findings: Trivy `exit-code: 1` (`--exit-code 1`), Grype `--fail-on high`, Scout `exit-code: true`; drop `continue-on-error` and `|| true`.")
public final class ScanCannotFail implements WorkflowRule {

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        for (Activity.Scan scan : Activities.scans(w)) {
            if (!scan.failsJob() && !reportsSarif(scan)) {
                sink.report(w.span(scan.whyRange()), scan.tool() + " scan cannot fail the job: " + scan.why());
            }
        }
    }

    private static boolean reportsSarif(Activity.Scan scan) {
        for (Value v : scan.step().with().values()) {
            if (v.text().toLowerCase(Locale.ROOT).contains("sarif")) {
                return true;
            }
        }
        return scan.step().run().isPresent()
                && scan.step().run().get().node().value().toLowerCase(Locale.ROOT).contains("sarif");
    }
}
