package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.shell.Assignment;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.workflow.Job;
import dev.bulwark.workflow.Step;
import dev.bulwark.workflow.Value;
import dev.bulwark.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code DOCKER_BUILDKIT=0} in a workflow: in {@code env:}/{@code variables:} of the workflow, a
 * job or a step, or assigned in a script ({@code export DOCKER_BUILDKIT=0},
 * {@code DOCKER_BUILDKIT=0 docker build .}).
 */
@RuleInfo(code = "CI005", name = "buildkit-disabled", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "A workflow turns BuildKit off with `DOCKER_BUILDKIT=0`.",
        fix = "Remove `DOCKER_BUILDKIT=0`; fix what needed the legacy builder (secrets via `--secret`, cache mounts, `# syntax=` directives all need BuildKit).")
public final class BuildkitDisabled implements WorkflowRule {
    private static final String NAME = "DOCKER_BUILDKIT";

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        List<Map<String, Value>> envs = new ArrayList<>();
        envs.add(w.env());
        for (Job job : w.jobs()) {
            envs.add(job.env());
            for (Step step : job.steps()) {
                envs.add(step.env());
                if (step.run().isPresent()) {
                    for (SimpleCommand c : step.run().get().shell().commands()) {
                        for (Assignment a : assignments(c)) {
                            if (a.name().equals(NAME) && a.value().value().strip().equals("0")) {
                                sink.report(w.span(a.range()), "`DOCKER_BUILDKIT=0` disables BuildKit");
                            }
                        }
                    }
                }
            }
        }
        List<Value> reported = new ArrayList<>();
        for (Map<String, Value> env : envs) {
            Value v = env.get(NAME);
            if (v != null && v.text().strip().equals("0") && !contains(reported, v)) {
                reported.add(v);
                sink.report(w.span(v.range()), "`DOCKER_BUILDKIT: 0` disables BuildKit");
            }
        }
    }

    private static List<Assignment> assignments(SimpleCommand c) {
        List<Assignment> out = new ArrayList<>(c.assignments());
        out.addAll(c.declarations());
        return out;
    }

    // GitLab jobs share the variables of the templates they extend: report each place once.
    private static boolean contains(List<Value> values, Value v) {
        for (Value seen : values) {
            if (seen.node() == v.node()) {
                return true;
            }
        }
        return false;
    }
}
