package dev.bulwark.workflow;

import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a GitLab CI pipeline (docs.gitlab.com, "CI/CD YAML syntax reference"). Every top-level key
 * that is not a global keyword is a job; keys starting with {@code .} are hidden templates, not
 * run. A job's keywords come from the job, then the jobs it {@code extends} (later ones win, as
 * GitLab merges them), then {@code default:} (and the deprecated global {@code image},
 * {@code before_script}...). {@code !reference [job, key]} sequences are resolved one level.
 * Included files ({@code include:}) are not read: the pipeline is judged as far as this file goes.
 */
final class GitlabPipeline {
    private static final Set<String> GLOBAL_KEYWORDS = Set.of("default", "include", "stages", "variables", "workflow",
            "image", "services", "cache", "before_script", "after_script", "spec", "types");
    private static final List<String> DEFAULT_STAGES = List.of(".pre", "build", "test", "deploy", ".post");
    private static final int MAX_EXTENDS = 11;

    private GitlabPipeline() {
    }

    static boolean looksLikePipeline(YamlMapping root) {
        if (root.entry("stages").isPresent()) {
            return true;
        }
        for (YamlEntry e : root.entries()) {
            if (e.value() instanceof YamlMapping job && (job.entry("script").isPresent()
                    || job.entry("extends").isPresent() || job.entry("trigger").isPresent())) {
                return true;
            }
        }
        return false;
    }

    static Workflow read(YamlFile yaml) {
        List<WorkflowProblem> problems = new ArrayList<>();
        if (yaml.documents().isEmpty()) {
            return Workflow.of(yaml, WorkflowKind.GITLAB_CI, List.of(), Optional.empty(), Map.of(), List.of(),
                    DEFAULT_STAGES, problems);
        }
        // A pipeline with `spec:` inputs has them in a first document, the pipeline in the last.
        YamlNode rootNode = yaml.documents().get(yaml.documents().size() - 1).root();
        if (!(rootNode instanceof YamlMapping root)) {
            return Workflow.of(yaml, WorkflowKind.GITLAB_CI, List.of(), Optional.empty(), Map.of(), List.of(),
                    DEFAULT_STAGES, problems);
        }
        String text = yaml.source().text();
        List<String> stages = DEFAULT_STAGES;
        Optional<Value> stagesValue = Value.of(root, "stages");
        if (stagesValue.isPresent() && !stagesValue.get().texts().isEmpty()) {
            stages = new ArrayList<>();
            stages.add(".pre");
            stages.addAll(stagesValue.get().texts());
            stages.add(".post");
        }
        List<Job> jobs = new ArrayList<>();
        for (YamlEntry e : root.entries()) {
            if (!(e.key() instanceof YamlScalar key) || GLOBAL_KEYWORDS.contains(key.value())
                    || key.value().startsWith(".")) {
                continue;
            }
            if (!(e.value() instanceof YamlMapping job)) {
                problems.add(new WorkflowProblem(key.range(), "job `" + key.value() + "` is not a mapping"));
                continue;
            }
            jobs.add(job(root, key, job, text));
        }
        return Workflow.of(yaml, WorkflowKind.GITLAB_CI, List.of(), Optional.empty(),
                Value.entries(Value.of(root, "variables")), jobs, stages, problems);
    }

    private static Job job(YamlMapping root, YamlScalar key, YamlMapping job, String text) {
        List<YamlMapping> chain = chain(root, job);
        Optional<Value> allowFailure = lookup(chain, "allow_failure");
        List<Step> steps = new ArrayList<>();
        for (String part : List.of("before_script", "script", "after_script")) {
            Optional<Value> lines = lookup(chain, part);
            if (lines.isEmpty()) {
                Optional<YamlMapping> defaults = mapping(root, "default");
                lines = defaults.isPresent() ? Value.of(defaults.get(), part) : Optional.empty();
                if (lines.isEmpty() && !part.equals("script")) {
                    lines = Value.of(root, part);
                }
            }
            if (lines.isPresent()) {
                addScripts(root, lines.get().node(), allowFailure, text, steps, 0);
            }
        }
        Optional<Value> image = lookup(chain, "image");
        if (image.isEmpty()) {
            Optional<YamlMapping> defaults = mapping(root, "default");
            image = defaults.isPresent() ? Value.of(defaults.get(), "image") : Optional.empty();
            if (image.isEmpty()) {
                image = Value.of(root, "image");
            }
        }
        Optional<Value> stage = lookup(chain, "stage");
        Optional<Value> needs = lookup(chain, "needs");
        List<String> needed = new ArrayList<>();
        if (needs.isPresent() && needs.get().node() instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlScalar s && !s.isNull()) {
                    needed.add(s.value());
                } else if (item instanceof YamlMapping m && m.get("job").isPresent()
                        && m.get("job").get() instanceof YamlScalar s) {
                    needed.add(s.value());
                }
            }
        }
        Map<String, Value> variables = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            variables.putAll(Value.entries(Value.of(chain.get(i), "variables")));
        }
        return new Job(key.value(), key.range(), job.range(), needed,
                stage.isPresent() && stage.get().isScalar() ? stage.get().text() : "test", Optional.empty(),
                variables, image, Optional.empty(), steps);
    }

    /** The job, then what it extends, nearest first; later {@code extends} entries override earlier ones. */
    private static List<YamlMapping> chain(YamlMapping root, YamlMapping job) {
        List<YamlMapping> out = new ArrayList<>();
        List<YamlMapping> todo = new ArrayList<>();
        todo.add(job);
        while (!todo.isEmpty() && out.size() < MAX_EXTENDS) {
            YamlMapping next = todo.remove(0);
            if (containsSame(out, next)) {
                continue;
            }
            out.add(next);
            Optional<Value> ext = Value.of(next, "extends");
            if (ext.isPresent()) {
                List<String> bases = ext.get().texts();
                for (int i = bases.size() - 1; i >= 0; i--) {
                    Optional<YamlMapping> base = mapping(root, bases.get(i));
                    if (base.isPresent()) {
                        todo.add(base.get());
                    }
                }
            }
        }
        return out;
    }

    private static boolean containsSame(List<YamlMapping> list, YamlMapping node) {
        for (YamlMapping m : list) {
            if (m == node) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Value> lookup(List<YamlMapping> chain, String key) {
        for (YamlMapping m : chain) {
            Optional<Value> v = Value.of(m, key);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<YamlMapping> mapping(YamlMapping root, String key) {
        Optional<YamlNode> node = root.get(key);
        return node.isPresent() && node.get() instanceof YamlMapping m ? Optional.of(m) : Optional.empty();
    }

    private static void addScripts(YamlMapping root, YamlNode node, Optional<Value> allowFailure, String text,
                                   List<Step> steps, int depth) {
        if (depth > 4) {
            return;
        }
        if (node instanceof YamlScalar s && !s.isNull()) {
            steps.add(new Step(steps.size(), s.range(), "", Optional.empty(), Map.of(), Optional.of(Script.of(s, text)),
                    Map.of(), allowFailure, Optional.empty()));
        } else if (node instanceof YamlSequence seq && seq.tag().equals("!reference")) {
            Optional<YamlNode> target = reference(root, seq);
            if (target.isPresent()) {
                addScripts(root, target.get(), allowFailure, text, steps, depth + 1);
            }
        } else if (node instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                addScripts(root, item, allowFailure, text, steps, depth + 1);
            }
        }
    }

    /** {@code !reference [.job, script]}: the node at that path, when this file has it. */
    private static Optional<YamlNode> reference(YamlMapping root, YamlSequence ref) {
        YamlNode at = root;
        for (YamlNode part : ref.items()) {
            if (!(part instanceof YamlScalar s) || !(at instanceof YamlMapping m) || m.get(s.value()).isEmpty()) {
                return Optional.empty();
            }
            at = m.get(s.value()).get();
        }
        return at == root ? Optional.empty() : Optional.of(at);
    }
}
