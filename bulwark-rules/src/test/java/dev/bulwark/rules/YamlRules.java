package dev.bulwark.rules;

import dev.bulwark.rules.workflow.WorkflowContext;
import dev.bulwark.rules.workflow.WorkflowRule;
import dev.bulwark.rules.workflow.WorkflowSyntaxError;
import dev.bulwark.workflow.ReusableCallers;
import dev.bulwark.workflow.Workflow;
import dev.bulwark.workflow.WorkflowKind;
import dev.bulwark.workflow.WorkflowProblem;

import dev.bulwark.compose.ComposeFileReader;
import dev.bulwark.compose.ComposeInput;
import dev.bulwark.compose.ComposeLoader;
import dev.bulwark.compose.ComposeProblem;
import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.FileContent;
import dev.bulwark.compose.PlannedProject;
import dev.bulwark.compose.PlannerInput;
import dev.bulwark.compose.ProjectPlanner;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestProblem;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.project.PrometheusConfig;
import dev.bulwark.project.ScrapeTarget;
import dev.bulwark.rules.compose.ComposeContext;
import dev.bulwark.rules.compose.ComposeRule;
import dev.bulwark.rules.compose.ComposeSyntaxError;
import dev.bulwark.rules.compose.ProjectSetups;
import dev.bulwark.rules.compose.ReferencedFileMissing;
import dev.bulwark.rules.compose.UnsetVariable;
import dev.bulwark.rules.kubernetes.KubernetesContext;
import dev.bulwark.rules.kubernetes.KubernetesRule;
import dev.bulwark.rules.kubernetes.KubernetesSetups;
import dev.bulwark.rules.kubernetes.ManifestSyntaxError;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs rules on Compose and Kubernetes files the way the engine does, with default options, and
 * checks the reporting contract on every finding (spans inside their file, a message, no secret
 * text in it, related places inside their files).
 */
public final class YamlRules {
    private YamlRules() {
    }

    /** One file of a test target: its display path, its text, and where it is on disk (if anywhere). */
    public record TestFile(String path, String text, Optional<Path> file) {
        public static TestFile of(String path, String text) {
            return new TestFile(path, text, Optional.empty());
        }
    }

    /** Whether tests can run the rule on YAML files (a Compose or Kubernetes rule, or their syntax diagnostics). */
    public static boolean canRun(Rule rule) {
        return isKubernetesRule(rule) || isComposeRule(rule) || isWorkflowRule(rule);
    }

    public static boolean isWorkflowRule(Rule rule) {
        return rule instanceof WorkflowRule || rule instanceof WorkflowSyntaxError;
    }

    /**
     * Every workflow of a target checked with the events of the target's workflows that call it,
     * as the engine does; CI001 reports the YAML and model problems.
     */
    public static List<YamlReported> runWorkflow(Rule rule, List<TestFile> files) {
        String code = Rules.meta(rule).code();
        YamlParser parser = new YamlParser();
        List<Workflow> all = new ArrayList<>();
        for (TestFile f : files) {
            YamlFile yaml = parser.parse(new SourceText(f.path(), f.text()));
            Optional<WorkflowKind> kind = WorkflowKind.of(f.path(), yaml);
            if (kind.isPresent()) {
                all.add(Workflow.read(yaml, kind.get()));
            }
        }
        ReusableCallers callers = ReusableCallers.of(all);
        List<YamlReported> out = new ArrayList<>();
        for (TestFile f : files) {
            YamlFile yaml = parser.parse(new SourceText(f.path(), f.text()));
            SourceText source = yaml.source();
            if (rule instanceof WorkflowSyntaxError) {
                for (SyntaxProblem p : yaml.problems()) {
                    out.add(new YamlReported(code, new Span(source, p.range()), p.message(), List.of(), List.of()));
                }
            }
            Optional<WorkflowKind> kind = WorkflowKind.of(f.path(), yaml);
            if (kind.isEmpty()) {
                continue;
            }
            Workflow workflow = Workflow.read(yaml, kind.get());
            if (rule instanceof WorkflowSyntaxError) {
                for (WorkflowProblem p : workflow.problems()) {
                    out.add(new YamlReported(code, new Span(source, p.range()), p.message(), List.of(), List.of()));
                }
            } else {
                ((WorkflowRule) rule).check(new WorkflowContext(workflow, RuleOptions.defaults(rule).withAsOf(TestDates.ofFiles(files)),
                        callers.eventsCalling(f.path())), new CheckingSink(code, out));
            }
        }
        return out;
    }

    /** Runs a rule on one YAML text of its target's kind. */
    public static List<YamlReported> run(Rule rule, String yaml) {
        if (isKubernetesRule(rule)) {
            return runKubernetes(rule, yaml);
        }
        if (isComposeRule(rule)) {
            return runCompose(rule, yaml);
        }
        if (isWorkflowRule(rule)) {
            return runWorkflow(rule, List.of(TestFile.of(yaml.contains("\njobs:") || yaml.startsWith("jobs:")
                    ? ".github/workflows/ci.yml" : ".gitlab-ci.yml", yaml)));
        }
        throw new IllegalArgumentException(Rules.meta(rule).code() + " does not run on YAML");
    }

    /** Runs a rule on the files of a target of its kind (a Compose project's files, a manifest set). */
    public static List<YamlReported> run(Rule rule, List<TestFile> files) {
        if (isKubernetesRule(rule)) {
            return runKubernetes(rule, files);
        }
        if (isComposeRule(rule)) {
            return runCompose(rule, files);
        }
        if (isWorkflowRule(rule)) {
            return runWorkflow(rule, files);
        }
        throw new IllegalArgumentException(Rules.meta(rule).code() + " does not run on YAML");
    }

    public static boolean isComposeRule(Rule rule) {
        return rule instanceof ComposeRule || rule instanceof ComposeSyntaxError || rule instanceof UnsetVariable
                || rule instanceof ReferencedFileMissing;
    }

    /** One Compose file from text, as from standard input: nothing beside it can be read. */
    public static List<YamlReported> runCompose(Rule rule, String yaml) {
        SourceText source = new SourceText("compose.yaml", yaml);
        ComposeInput input = new ComposeInput(Optional.empty(), source, new YamlParser().parse(source));
        ComposeProject project = new ComposeLoader(new DiskFiles(Path.of("."))).load(List.of(input),
                Path.of(".").toAbsolutePath());
        List<YamlReported> out = new ArrayList<>();
        checkCompose(rule, project, false, TestDates.of(yaml), List.of(), out);
        return out;
    }

    /**
     * The Compose files of a fixture on disk, planned into projects as the engine plans them and
     * loaded with the files beside them ({@code .env}, includes); each project reports in the files it
     * owns and in the files it read.
     */
    public static List<YamlReported> runCompose(Rule rule, List<TestFile> files) {
        Path root = commonRoot(files);
        YamlParser parser = new YamlParser();
        Map<Path, ComposeInput> byPath = new HashMap<>();
        Map<Path, String> display = new HashMap<>();
        List<PlannerInput> planned = new ArrayList<>();
        // A fixture folder is one repository: its Prometheus configurations scrape its services.
        List<ScrapeTarget> scrapes = new ArrayList<>();
        for (TestFile f : files) {
            if (!isCompose(f.path(), f.text())) {
                if (PrometheusConfig.mayBeOne(f.text())) {
                    scrapes.addAll(PrometheusConfig.targets(parser.parse(new SourceText(f.path(), f.text()))));
                }
                continue;
            }
            Path abs = f.file().orElseThrow().toAbsolutePath().normalize();
            SourceText source = new SourceText(f.path(), f.text());
            YamlFile yaml = parser.parse(source);
            byPath.put(abs, new ComposeInput(Optional.of(abs), source, yaml));
            display.put(abs, f.path());
            planned.add(new PlannerInput(abs, yaml));
        }
        List<YamlReported> out = new ArrayList<>();
        for (PlannedProject plan : ProjectPlanner.plan(planned)) {
            List<ComposeInput> inputs = new ArrayList<>();
            for (Path p : plan.files()) {
                inputs.add(byPath.get(p));
            }
            List<String> owned = new ArrayList<>();
            for (Path p : plan.ownedFiles()) {
                owned.add(display.get(p));
            }
            ComposeProject project = new ComposeLoader(new DiskFiles(root)).load(inputs);
            List<YamlReported> found = new ArrayList<>();
            checkCompose(rule, project, plan.isPartial(), TestDates.ofFiles(files), scrapes, found);
            for (YamlReported r : found) {
                if (owned.contains(r.path()) || !display.containsValue(r.path())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static void checkCompose(Rule rule, ComposeProject project, boolean partial, java.time.LocalDate asOf,
                                     List<ScrapeTarget> scrapes, List<YamlReported> out) {
        String code = Rules.meta(rule).code();
        if (rule instanceof ComposeSyntaxError || rule instanceof ReferencedFileMissing) {
            for (ComposeProblem p : project.problems()) {
                boolean own = rule instanceof ComposeSyntaxError ? ComposeSyntaxError.isOwnProblem(p)
                        : ReferencedFileMissing.isOwnProblem(p);
                if (own) {
                    out.add(new YamlReported(code, p.span(), p.message(), List.of(), List.of()));
                }
            }
            return;
        }
        if (rule instanceof UnsetVariable) {
            for (UnsetVariable.Summary s : UnsetVariable.findings(project)) {
                out.add(new YamlReported(code, s.at(), s.message(), List.of(), List.of()));
            }
            return;
        }
        // As the engine does: a project its services show to be a developer's stack is not judged for every practice.
        if (!ProjectSetups.of(project).judges(Rules.meta(rule).practice())) {
            return;
        }
        ((ComposeRule) rule).check(new ComposeContext(project, RuleOptions.defaults(rule).withAsOf(asOf), partial, scrapes),
                new CheckingSink(code, out));
    }

    /** A Compose file of a fixture folder: named like one, or YAML with top-level `services` or `include`. */
    private static boolean isCompose(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return (name.endsWith(".yaml") || name.endsWith(".yml"))
                && (text.startsWith("services:") || text.contains("\nservices:") || text.startsWith("include:")
                || text.contains("\ninclude:") || name.startsWith("compose") || name.startsWith("docker-compose"));
    }

    private static Path commonRoot(List<TestFile> files) {
        Path root = null;
        for (TestFile f : files) {
            Path dir = f.file().orElseThrow().toAbsolutePath().normalize().getParent();
            while (root != null && !dir.startsWith(root)) {
                root = root.getParent();
            }
            if (root == null) {
                root = dir;
            }
        }
        return root;
    }

    /** Reads files beside a fixture from disk, shown relative to the fixture's folder. */
    static final class DiskFiles implements ComposeFileReader {
        private final Path root;

        DiskFiles(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        @Override
        public FileContent read(Path path) {
            if (!Files.isRegularFile(path)) {
                return new FileContent.Missing();
            }
            try {
                String shown = root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
                return new FileContent.Found(new SourceText(shown, Files.readString(path, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                return new FileContent.Unreadable(e.getClass().getSimpleName());
            }
        }
    }

    /** The syntax diagnostic of the rule's target kind, which checks that an example is valid. */
    public static Rule syntaxRuleFor(Rule rule) {
        if (isKubernetesRule(rule)) {
            return new ManifestSyntaxError();
        }
        if (isComposeRule(rule)) {
            return new ComposeSyntaxError();
        }
        if (isWorkflowRule(rule)) {
            return new WorkflowSyntaxError();
        }
        throw new IllegalArgumentException(Rules.meta(rule).code() + " does not run on YAML");
    }

    public static boolean isKubernetesRule(Rule rule) {
        return rule instanceof KubernetesRule || rule instanceof ManifestSyntaxError;
    }

    /** Every file of a manifest set checked by {@code rule}; KU001 reports the YAML and model problems. */
    public static List<YamlReported> runKubernetes(Rule rule, List<TestFile> files) {
        String code = Rules.meta(rule).code();
        YamlParser parser = new YamlParser();
        List<ManifestFile> manifests = new ArrayList<>();
        for (TestFile f : files) {
            YamlFile yaml = parser.parse(new SourceText(f.path(), f.text()));
            manifests.add(ManifestFile.read(yaml, f.file()));
        }
        ManifestSet set = ManifestSet.of(manifests);
        List<YamlReported> out = new ArrayList<>();
        for (ManifestFile file : set.files()) {
            if (rule instanceof ManifestSyntaxError) {
                for (SyntaxProblem p : file.yaml().problems()) {
                    out.add(new YamlReported(code, new Span(file.source(), p.range()), p.message(), List.of(), List.of()));
                }
                for (ManifestProblem p : file.problems()) {
                    out.add(new YamlReported(code, p.span(), p.message(), List.of(), List.of()));
                }
            } else if (rule instanceof KubernetesRule k) {
                // As the engine does: a frozen snapshot, a test or development stack is not held to every practice.
                if (!KubernetesSetups.of(set, file).judges(Rules.meta(rule).practice())) {
                    continue;
                }
                k.check(new KubernetesContext(set, file, RuleOptions.defaults(rule).withAsOf(TestDates.ofFiles(files))), new CheckingSink(code, out));
            } else {
                throw new IllegalArgumentException(code + " has no Kubernetes check");
            }
        }
        return out;
    }

    public static List<YamlReported> runKubernetes(Rule rule, String yaml) {
        return runKubernetes(rule, List.of(TestFile.of("manifest.yaml", yaml)));
    }

    /** A sink that enforces the reporting contract and records what it is given. */
    static final class CheckingSink implements SpanSink {
        private final String code;
        private final List<YamlReported> out;

        CheckingSink(String code, List<YamlReported> out) {
            this.code = code;
            this.out = out;
        }

        @Override
        public void report(Span at, String message) {
            add(at, message, List.of(), List.of());
        }

        @Override
        public void report(Span at, String message, Span owner, String ownerName) {
            if (ownerName.isBlank()) {
                throw new AssertionError(code + " named an owner without a name");
            }
            add(at, message, List.of(), owner.contains(at) ? List.of()
                    : List.of(RelatedLocation.of(owner, "used by " + ownerName)));
        }

        @Override
        public void report(Span at, String message, List<RelatedLocation> related) {
            add(at, message, List.of(), related);
        }

        @Override
        public void reportSecret(Span at, String message, List<TextRange> secrets) {
            if (secrets.isEmpty()) {
                throw new AssertionError(code + " reported a secret finding without secret ranges");
            }
            add(at, message, secrets, List.of());
        }

        private void add(Span at, String message, List<TextRange> secrets, List<RelatedLocation> related) {
            if (message.isBlank()) {
                throw new AssertionError(code + " reported an empty message");
            }
            String text = at.source().text();
            for (TextRange secret : secrets) {
                if (secret.end() > text.length() || secret.isEmpty() || message.contains(secret.textOf(text))) {
                    throw new AssertionError(code + " leaked or misplaced a secret in: " + message);
                }
            }
            for (RelatedLocation r : related) {
                if (r.message().isBlank()) {
                    throw new AssertionError(code + " gave a related place without a message");
                }
            }
            out.add(new YamlReported(code, at, message, secrets, related));
        }
    }
}
