package dev.bulwark.workflow;

import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a GitHub Actions workflow (workflow syntax reference: docs.github.com, "Workflow syntax
 * for GitHub Actions"). {@code on:} is a string, a list or a mapping of events; {@code needs:} a
 * string or a list; a step's {@code run:} runs in bash unless {@code shell:} (on the step, or in
 * {@code defaults.run} of the job or workflow) or a Windows runner says otherwise.
 */
final class GithubWorkflow {
    private GithubWorkflow() {
    }

    static Workflow read(YamlFile yaml) {
        List<WorkflowProblem> problems = new ArrayList<>();
        if (yaml.documents().isEmpty() || !(yaml.documents().get(0).root() instanceof YamlMapping root)) {
            return Workflow.of(yaml, WorkflowKind.GITHUB_ACTIONS, List.of(), Optional.empty(), Map.of(), List.of(),
                    List.of(), problems);
        }
        String text = yaml.source().text();
        List<Value> triggers = triggers(root);
        Optional<String> defaultShell = defaultShell(root);
        List<Job> jobs = new ArrayList<>();
        Optional<Value> jobsValue = Value.of(root, "jobs");
        if (jobsValue.isPresent() && jobsValue.get().node() instanceof YamlMapping jobMap) {
            for (YamlEntry e : jobMap.entries()) {
                if (!(e.key() instanceof YamlScalar key)) {
                    continue;
                }
                if (!(e.value() instanceof YamlMapping job)) {
                    problems.add(new WorkflowProblem(key.range(), "job `" + key.value() + "` is not a mapping"));
                    continue;
                }
                jobs.add(job(key, job, defaultShell, text, problems));
            }
        } else if (jobsValue.isPresent()) {
            problems.add(new WorkflowProblem(jobsValue.get().keyRange(), "`jobs` is not a mapping"));
        }
        return Workflow.of(yaml, WorkflowKind.GITHUB_ACTIONS, triggers, Value.of(root, "permissions"),
                Value.entries(Value.of(root, "env")), jobs, List.of(), problems);
    }

    private static List<Value> triggers(YamlMapping root) {
        List<Value> out = new ArrayList<>();
        Optional<Value> on = Value.of(root, "on");
        if (on.isEmpty()) {
            return out;
        }
        YamlNode node = on.get().node();
        if (node instanceof YamlScalar s && !s.isNull()) {
            out.add(new Value(s.value(), s.range(), s));
        } else if (node instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlScalar s && !s.isNull()) {
                    out.add(new Value(s.value(), s.range(), s));
                }
            }
        } else {
            out.addAll(Value.entries(on).values());
        }
        return out;
    }

    private static Optional<String> defaultShell(YamlMapping map) {
        Optional<YamlNode> defaults = map.get("defaults");
        if (defaults.isPresent() && defaults.get() instanceof YamlMapping d
                && d.get("run").isPresent() && d.get("run").get() instanceof YamlMapping run
                && run.get("shell").isPresent() && run.get("shell").get() instanceof YamlScalar s) {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    private static Job job(YamlScalar key, YamlMapping job, Optional<String> workflowShell, String text,
                           List<WorkflowProblem> problems) {
        Optional<String> jobShell = defaultShell(job);
        Optional<String> shell = jobShell.isPresent() ? jobShell : workflowShell;
        Optional<Value> runsOn = Value.of(job, "runs-on");
        boolean windows = runsOn.isPresent() && runsOn.get().texts().toString().toLowerCase(Locale.ROOT)
                .contains("windows");
        List<Step> steps = new ArrayList<>();
        Optional<Value> stepsValue = Value.of(job, "steps");
        if (stepsValue.isPresent() && stepsValue.get().node() instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlMapping step) {
                    steps.add(step(steps.size(), step, shell, windows, text));
                } else {
                    problems.add(new WorkflowProblem(item.range(), "a step of job `" + key.value()
                            + "` is not a mapping"));
                }
            }
        } else if (stepsValue.isPresent() && !(stepsValue.get().node() instanceof YamlScalar s && s.isNull())) {
            problems.add(new WorkflowProblem(stepsValue.get().keyRange(), "`steps` of job `" + key.value()
                    + "` is not a list"));
        }
        Optional<ActionRef> uses = Optional.empty();
        Optional<Value> usesValue = Value.of(job, "uses");
        if (usesValue.isPresent() && usesValue.get().isScalar()) {
            uses = Optional.of(ActionRef.parse(usesValue.get().text(), usesValue.get().range()));
        }
        return new Job(key.value(), key.range(), job.range(), needs(job), "", Value.of(job, "permissions"),
                Value.entries(Value.of(job, "env")), Value.of(job, "container"), uses, steps);
    }

    private static List<String> needs(YamlMapping job) {
        Optional<Value> needs = Value.of(job, "needs");
        return needs.isPresent() ? needs.get().texts() : List.of();
    }

    private static Step step(int index, YamlMapping step, Optional<String> defaultShell, boolean windows,
                             String text) {
        Optional<Value> name = Value.of(step, "name");
        Optional<Value> id = Value.of(step, "id");
        String label = name.isPresent() && name.get().isScalar() ? name.get().text()
                : id.isPresent() ? id.get().text() : "";
        Optional<ActionRef> uses = Optional.empty();
        Optional<Value> usesValue = Value.of(step, "uses");
        if (usesValue.isPresent() && usesValue.get().isScalar()) {
            uses = Optional.of(ActionRef.parse(usesValue.get().text(), usesValue.get().range()));
        }
        Optional<Script> run = Optional.empty();
        Optional<Value> runValue = Value.of(step, "run");
        Optional<Value> stepShell = Value.of(step, "shell");
        String shell = stepShell.isPresent() ? stepShell.get().text() : defaultShell.orElse(windows ? "pwsh" : "bash");
        if (runValue.isPresent() && runValue.get().node() instanceof YamlScalar s && !s.isNull()
                && isPosixShell(shell)) {
            run = Optional.of(Script.of(s, text));
        }
        return new Step(index, step.range(), label, uses, Value.entries(Value.of(step, "with")), run,
                Value.entries(Value.of(step, "env")), Value.of(step, "continue-on-error"), Value.of(step, "if"));
    }

    /** bash, sh, or a custom command line running one of them ({@code bash -l {0}}). */
    private static boolean isPosixShell(String shell) {
        String s = shell.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.startsWith("bash") || s.startsWith("sh") || s.startsWith("/bin/bash")
                || s.startsWith("/bin/sh") || s.startsWith("/usr/bin/env bash") || s.startsWith("${{");
    }
}
