package dev.bulwark.rules.workflow;

import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Job;
import dev.bulwark.workflow.Step;
import dev.bulwark.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/** Queries over a workflow's activities shared by the CI rules. */
final class Activities {
    private Activities() {
    }

    static List<Activity.Push> pushes(Workflow w) {
        List<Activity.Push> out = new ArrayList<>();
        for (Activity a : w.activities()) {
            if (a instanceof Activity.Push p) {
                out.add(p);
            }
        }
        return out;
    }

    /** The first push of each step: a script pushing five tags is one place to fix, reported once. */
    static List<Activity.Push> firstPushPerStep(Workflow w) {
        List<Activity.Push> out = new ArrayList<>();
        Step last = null;
        for (Activity.Push p : pushes(w)) {
            if (p.step() != last) {
                out.add(p);
            }
            last = p.step();
        }
        return out;
    }

    static List<Activity.Scan> scans(Workflow w) {
        List<Activity.Scan> out = new ArrayList<>();
        for (Activity a : w.activities()) {
            if (a instanceof Activity.Scan s) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether {@code a} runs before {@code b}: an earlier step or command of the same job, or a job {@code b}'s job waits for. */
    static boolean before(Workflow w, Activity a, Activity b) {
        if (a.job() == b.job()) {
            Step sa = a.step();
            Step sb = b.step();
            return sa.index() < sb.index() || (sa == sb && a.range().start() < b.range().start());
        }
        return w.runsBefore(a.job(), b.job());
    }

    /**
     * Whether part of the workflow runs elsewhere: a job calling a reusable workflow, so a scan or
     * test there is not visible here.
     */
    static boolean callsReusableWorkflow(Workflow w) {
        for (Job job : w.jobs()) {
            if (job.uses().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reusable workflow only ({@code on: workflow_call}): its caller decides the token's
     * permissions and may scan and test in jobs this one runs after.
     */
    static boolean onlyCalled(Workflow w) {
        if (w.triggers().isEmpty()) {
            return false;
        }
        for (dev.bulwark.workflow.Value t : w.triggers()) {
            if (!t.key().equals("workflow_call")) {
                return false;
            }
        }
        return true;
    }

    /** Local actions or other actions whose name says they scan ({@code ./.github/actions/trivy-scan}). */
    static boolean usesScanningAction(Workflow w) {
        for (Job job : w.jobs()) {
            for (Step step : job.steps()) {
                if (step.uses().isPresent()) {
                    String name = step.uses().get().name().toLowerCase(java.util.Locale.ROOT);
                    if (name.contains("scan") || name.contains("trivy") || name.contains("grype")
                            || name.contains("snyk") || name.contains("scout") || name.contains("vulnerab")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
