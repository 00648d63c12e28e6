package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Workflow;

/**
 * A workflow that pushes an image and scans nothing: no Trivy, Grype, Docker Scout or Snyk step
 * (as an action or a command), no action named like a scanner, no reusable workflow that might
 * scan. Reported at the first push of each step. A scheduled scan in another workflow does
 * not count: it cannot stop the push.
 */
@RuleInfo(code = "CI002", name = "image-pushed-without-scan", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING,
        summary = "A workflow pushes an image without scanning it for vulnerabilities.",
        fix = "Scan the built image before the push (`aquasecurity/trivy-action` with `exit-code: 1`, `anchore/scan-action`, `docker scout cves --exit-code`).")
public final class ImagePushedWithoutScan implements WorkflowRule {

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        if (!Activities.scans(w).isEmpty() || Activities.callsReusableWorkflow(w) || Activities.onlyCalled(w) || Activities.usesScanningAction(w)) {
            return;
        }
        for (Activity.Push push : Activities.firstPushPerStep(w)) {
            sink.report(w.span(push.at()), "image pushed in job `" + push.job().id()
                    + "` without a vulnerability scan in this workflow");
        }
    }
}
