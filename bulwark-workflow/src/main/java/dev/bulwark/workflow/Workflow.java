package dev.bulwark.workflow;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.yaml.YamlFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CI workflow file as jobs and steps: a GitHub Actions workflow or a GitLab CI pipeline. Total:
 * any YAML yields a workflow (possibly without jobs) plus {@link #problems()}. YAML anchors and
 * merge keys are resolved by the YAML layer; GitLab's {@code extends:} is followed here.
 *
 * @param yaml        the parsed file
 * @param kind        the CI service
 * @param triggers    the events that start it ({@code on:}; empty for GitLab)
 * @param permissions the workflow's {@code permissions:}
 * @param env         the workflow's {@code env:} (GitHub) or top-level {@code variables:} (GitLab)
 * @param jobs        the jobs in file order (GitLab: hidden {@code .template} jobs excluded)
 * @param stages      GitLab's {@code stages:} in order (the defaults when absent); empty for GitHub
 * @param problems    what the CI service would reject
 * @param activities  the image builds, pushes, scans, tests and logins of its steps, in job and step order
 */
public record Workflow(YamlFile yaml, WorkflowKind kind, List<Value> triggers, Optional<Value> permissions,
                       Map<String, Value> env, List<Job> jobs, List<String> stages,
                       List<WorkflowProblem> problems, List<Activity> activities) {

    public Workflow {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(kind, "kind");
        triggers = List.copyOf(triggers);
        Objects.requireNonNull(permissions, "permissions");
        env = Map.copyOf(env);
        jobs = List.copyOf(jobs);
        stages = List.copyOf(stages);
        problems = List.copyOf(problems);
        activities = List.copyOf(activities);
    }

    /** A workflow whose activities are read from its jobs. */
    static Workflow of(YamlFile yaml, WorkflowKind kind, List<Value> triggers, Optional<Value> permissions,
                       Map<String, Value> env, List<Job> jobs, List<String> stages, List<WorkflowProblem> problems) {
        return new Workflow(yaml, kind, triggers, permissions, env, jobs, stages, problems, Activities.of(jobs, yaml.source().text()));
    }

    /** Reads a workflow of the given kind. */
    public static Workflow read(YamlFile yaml, WorkflowKind kind) {
        return kind == WorkflowKind.GITHUB_ACTIONS ? GithubWorkflow.read(yaml) : GitlabPipeline.read(yaml);
    }

    public SourceText source() {
        return yaml.source();
    }

    public Span span(TextRange range) {
        return new Span(yaml.source(), range);
    }

    /** Whether the workflow starts on {@code event}. */
    public boolean triggeredBy(String event) {
        return trigger(event).isPresent();
    }

    public Optional<Value> trigger(String event) {
        for (Value t : triggers) {
            if (t.key().equals(event)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public Optional<Job> job(String id) {
        for (Job j : jobs) {
            if (j.id().equals(id)) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether job {@code a} finishes before job {@code b} starts: {@code b} needs {@code a},
     * directly or through other jobs; in GitLab without {@code needs}, an earlier stage.
     */
    public boolean runsBefore(Job a, Job b) {
        List<String> seen = new ArrayList<>();
        List<String> todo = new ArrayList<>();
        todo.add(b.id());
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.contains(id) || seen.size() > jobs.size()) {
                continue;
            }
            seen.add(id);
            Optional<Job> job = job(id);
            if (job.isEmpty()) {
                continue;
            }
            if (job.get().needs().contains(a.id())) {
                return true;
            }
            todo.addAll(job.get().needs());
        }
        if (kind == WorkflowKind.GITLAB_CI && b.needs().isEmpty()) {
            int sa = stages.indexOf(a.stage());
            int sb = stages.indexOf(b.stage());
            return sa >= 0 && sb >= 0 && sa < sb;
        }
        return false;
    }
}
