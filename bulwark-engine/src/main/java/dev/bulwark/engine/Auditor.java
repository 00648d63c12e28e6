package dev.bulwark.engine;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Location;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.classify.Classification;
import dev.bulwark.engine.classify.Classifier;
import dev.bulwark.engine.classify.FileKind;
import dev.bulwark.engine.classify.SkipReason;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.engine.discovery.ReadOutcome;
import dev.bulwark.engine.dockerfile.BuildContexts;
import dev.bulwark.engine.dockerfile.DockerfileAnalyzer;
import dev.bulwark.engine.project.IgnoreFileSuppressions;
import dev.bulwark.engine.project.ImageReferences;
import dev.bulwark.engine.project.ProjectPhase;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.project.ContextSource;
import dev.bulwark.project.PrometheusConfig;
import dev.bulwark.project.ScrapeTargets;
import dev.bulwark.engine.suppress.SuppressionParser;
import dev.bulwark.engine.suppress.Suppressor;
import dev.bulwark.engine.yaml.YamlPhase;
import dev.bulwark.engine.yaml.YamlInput;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.project.GraphWaiver;
import dev.bulwark.rules.setups.Setup;
import dev.bulwark.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's facade: inputs and settings in, sorted findings out. Two phases (ARCHITECTURE "The
 * flow"): the first reads, classifies and, for a Dockerfile, audits every input in parallel; the
 * second takes the Compose and Kubernetes files together, since a Compose project spans its
 * override, {@code extends} and {@code include} files and a manifest set spans its directory tree,
 * and audits them in parallel by project. The result does not depend on the thread count
 * (ARCHITECTURE "Determinism"). The rules must be pure and stateless: one instance serves every thread.
 */
public final class Auditor {
    /** Findings order: path, start offset, rule code, then end offset and message as tie-breaks. */
    public static final Comparator<Finding> ORDER = new FindingOrder();

    private final Parallel parallel;
    private final EngineRules engineRules;
    private final InputReader reader;
    private final Classifier classifier;
    private final DockerfileAnalyzer dockerfiles;
    private final YamlPhase yamlPhase;
    private final Suppressor suppressor;
    private final ProjectPhase projectPhase;
    private final SuppressionParser suppressionParser;
    private final YamlParser yamlParser;

    /** Audits with as many threads as processors. */
    public Auditor(List<? extends Rule> rules) {
        this(rules, Runtime.getRuntime().availableProcessors());
    }

    public Auditor(List<? extends Rule> rules, int threads) {
        this(rules, threads, new InputReader());
    }

    /**
     * @param rules   every rule that may run, including the engine diagnostics
     *                ({@code BW001}-{@code BW004} and the parsers' {@code DF001}, {@code DC001},
     *                {@code KU001}); selection happens per file
     * @param threads at least 1
     */
    public Auditor(List<? extends Rule> rules, int threads, InputReader reader) {
        this(new RuleCatalog(rules), threads, reader);
    }

    /** With a catalog shared with the {@code ConfigLoader}, so rule metadata is read once per run. */
    public Auditor(RuleCatalog catalog, int threads, InputReader reader) {
        this(catalog, threads, reader, false);
    }

    /**
     * @param treeListings read a repository whose root holds a {@code TREE.tsv} listing from that
     *                     listing in the project step (copies that keep only container files);
     *                     hidden, for corpus work
     */
    public Auditor(RuleCatalog catalog, int threads, InputReader reader, boolean treeListings) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.parallel = new Parallel(threads);
        this.engineRules = EngineRules.from(catalog);
        this.reader = reader;
        YamlParser yamlParser = new YamlParser();
        this.yamlParser = yamlParser;
        this.classifier = new Classifier(yamlParser);
        SuppressionParser suppressions = new SuppressionParser(catalog);
        this.suppressionParser = suppressions;
        this.projectPhase = new ProjectPhase(catalog, engineRules.ruleCrashed(), treeListings);
        this.dockerfiles = new DockerfileAnalyzer(catalog, engineRules.dockerfileSyntaxError(), engineRules.ruleCrashed(),
                engineRules.imageDiffersFromPin(), suppressions);
        this.suppressor = new Suppressor(catalog, engineRules.unusedSuppression(), engineRules.unknownRuleInSuppression());
        this.yamlPhase = new YamlPhase(catalog, engineRules.composeSyntaxError(), engineRules.undefinedVariable(),
                engineRules.referencedFileMissing(), engineRules.manifestSyntaxError(), engineRules.workflowSyntaxError(),
                engineRules.ruleCrashed(), engineRules.imageDiffersFromPin(), suppressions, suppressor, reader, yamlParser);
    }

    public AuditResult audit(List<Input> inputs, Settings settings) {
        return audit(inputs, settings, false);
    }

    /** @param withFixes keep the fixes rules attach to findings: for {@code bulwark fix} and reports that show them */
    public AuditResult audit(List<Input> inputs, Settings settings, boolean withFixes) {
        return audit(inputs, settings, withFixes, AuditProgress.NONE);
    }

    /** @param progress told of each input the first phase has judged */
    public AuditResult audit(List<Input> inputs, Settings settings, boolean withFixes, AuditProgress progress) {
        // One per run: Dockerfiles of a directory share its ignore file, read once.
        BuildContexts buildContexts = new BuildContexts(reader);
        progress.started(inputs.size());
        List<FirstPassTask> tasks = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            tasks.add(new FirstPassTask(this, input, settings, buildContexts, withFixes, progress));
        }
        List<FileAudit> audits = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<YamlInput> yaml = new ArrayList<>();
        List<FirstPass.Docker> dockerfileInputs = new ArrayList<>();
        List<ScrapeTargets.Config> prometheusConfigs = new ArrayList<>();
        for (FirstPass pass : parallel.run(tasks)) {
            if (pass instanceof FirstPass.Audited a) {
                audits.add(a.audit());
            } else if (pass instanceof FirstPass.Docker d) {
                dockerfileInputs.add(d);
            } else if (pass instanceof FirstPass.Yaml y) {
                yaml.add(y.input());
            } else if (pass instanceof FirstPass.Skipped s) {
                skipped.add(s.file());
                if (s.prometheus() != null) {
                    prometheusConfigs.add(s.prometheus());
                }
            }
        }
        YamlPhase.Analysis yamlAnalysis = yaml.isEmpty() ? null
                : yamlPhase.analyze(yaml, settings, ScrapeTargets.of(prometheusConfigs), parallel);
        // The project step: builds of the Dockerfiles read from disk, their contexts, the DI rules.
        Map<String, List<Candidate>> byPath = new HashMap<>();
        List<Candidate> toYaml = new ArrayList<>();
        ProjectPhase.Outcome project = null;
        if (projectPhase.hasRules()) {
            List<ProjectPhase.DockerfileInput> onDisk = new ArrayList<>();
            for (FirstPass.Docker d : dockerfileInputs) {
                if (d.input() instanceof Input.FileInput f) {
                    onDisk.add(new ProjectPhase.DockerfileInput(f.file(), d.source().path(), d.analysis().model(),
                            d.settings()));
                }
            }
            ProjectPhase.Deployments deployments = yamlAnalysis == null
                    ? new ProjectPhase.Deployments(List.of(), Optional.empty(), List.of())
                    : new ProjectPhase.Deployments(yamlAnalysis.composeProjects(), yamlAnalysis.manifests(),
                    yamlAnalysis.workflows());
            project = projectPhase.run(onDisk, deployments, settings, parallel);
            for (Candidate c : project.candidates()) {
                String path = c.finding().path();
                if (yamlAnalysis != null && yamlAnalysis.lands(path)) {
                    toYaml.add(c);
                } else {
                    List<Candidate> list = byPath.get(path);
                    if (list == null) {
                        list = new ArrayList<>();
                        byPath.put(path, list);
                    }
                    list.add(c);
                }
            }
        }
        for (FirstPass.Docker d : dockerfileInputs) {
            List<GraphWaiver> waived = project == null ? null : project.waived().get(d.source().path());
            List<Candidate> candidates = new ArrayList<>();
            List<Candidate> found = d.analysis().findings();
            // Every build the project declares is a CI job's, which runs the image and drops it:
            // a test image, as if its path said so; the configuration's setup wins.
            if (project != null && d.input() instanceof Input.FileInput f && d.settings().setup().isEmpty()
                    && project.graph().isThrowawayCiImage(f.file())) {
                found = dockerfiles.judgedAs(Setup.TEST, found);
            }
            for (Candidate c : found) {
                // What the project graph proves needless (the image's deployments run it as non-root...).
                if (waived == null || !GraphWaiver.anyWaives(waived, c.finding().rule().code(), c.finding().range())) {
                    candidates.add(c);
                }
            }
            List<Candidate> extra = byPath.remove(d.source().path());
            if (extra != null) {
                candidates.addAll(extra);
            }
            Suppressor.Outcome kept = suppressor.apply(candidates, d.analysis().suppressions(), d.source(), d.settings());
            audits.add(new FileAudit(d.source(), kept.findings(), true, kept.crashed()));
        }
        if (yamlAnalysis != null) {
            audits.addAll(yamlPhase.finish(yamlAnalysis, toYaml));
        }
        if (project != null) {
            // Findings in ignore files, bake files and scripts, with the suppressions in their comments.
            for (Map.Entry<String, List<Candidate>> e : byPath.entrySet()) {
                SourceText ignoreFile = project.landingFiles().get(e.getKey());
                if (ignoreFile == null) {
                    continue;
                }
                FileSettings fs = settings.forFile(Path.of(ignoreFile.path()));
                Suppressor.Outcome kept = suppressor.apply(e.getValue(), IgnoreFileSuppressions.of(ignoreFile,
                        suppressionParser), ignoreFile, fs);
                audits.add(new FileAudit(ignoreFile, kept.findings(), true, kept.crashed()));
            }
        }
        Map<String, Integer> contexts = new HashMap<>();
        if (project != null) {
            for (Map.Entry<ContextSource, Integer> e : project.builds().entrySet()) {
                contexts.put(e.getKey().id(), e.getValue());
            }
        }
        Map<String, String> kinds = new HashMap<>();
        List<ImageReferences.Dockerfile> built = new ArrayList<>();
        for (FirstPass.Docker d : dockerfileInputs) {
            kinds.put(d.source().path(), kindId(FileKind.DOCKERFILE));
            if (d.input() instanceof Input.FileInput f) {
                built.add(new ImageReferences.Dockerfile(f.file(), d.source(), d.analysis().model()));
            }
        }
        for (YamlInput y : yaml) {
            kinds.put(y.source().path(), kindId(y.kind()));
        }
        ImageReferences images = new ImageReferences();
        if (project != null) {
            images.builtBy(built, project.graph());
        }
        if (yamlAnalysis != null) {
            images.composeServices(yamlAnalysis.composeProjects()).containers(yamlAnalysis.manifests());
        }
        return result(audits, skipped, settings, contexts, kinds, images.all());
    }

    private static String kindId(FileKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private AuditResult result(List<FileAudit> audits, List<SkippedFile> skipped, Settings settings,
                               Map<String, Integer> contexts, Map<String, String> kinds, List<ImageReference> images) {
        List<Finding> findings = new ArrayList<>();
        Map<String, SourceText> sources = new HashMap<>();
        Set<String> checked = new HashSet<>();
        Set<String> unreadable = new HashSet<>();
        boolean crashed = false;
        for (FileAudit audit : audits) {
            findings.addAll(audit.findings());
            for (SourceText source : audit.sources()) {
                sources.putIfAbsent(source.path(), source);
            }
            (audit.readable() ? checked : unreadable).add(audit.path());
            crashed |= audit.crashed();
        }
        findings.sort(ORDER);
        return new AuditResult(withoutRepeats(findings), sources, checked.size(), unreadable.size(), crashed,
                settings.failOn(), skipped, contexts, kinds, images);
    }

    // A Compose file that is a project of its own and also the base of an overlay project is
    // audited twice; the same finding at the same place is reported once. Sorted input.
    private static List<Finding> withoutRepeats(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted.size());
        Finding previous = null;
        for (Finding f : sorted) {
            if (previous == null || ORDER.compare(previous, f) != 0) {
                out.add(f);
            }
            previous = f;
        }
        return out;
    }

    private FirstPass firstPass(Input input, Settings settings, BuildContexts buildContexts, boolean withFixes) {
        Optional<Path> file = input instanceof Input.FileInput f ? Optional.of(f.file()) : Optional.empty();
        FileSettings fileSettings = file.isPresent() ? settings.forFile(file.get()) : settings.withoutPath();
        ReadOutcome outcome = reader.read(input);
        if (outcome instanceof ReadOutcome.Unreadable u) {
            if (input instanceof Input.FileInput f && !f.named() && Classifier.isYamlName(f.path())) {
                // A searched-for YAML file was only a candidate: a large data file is not an error.
                return new FirstPass.Skipped(new SkippedFile(u.path(), SkipReason.UNREADABLE_YAML));
            }
            if (input instanceof Input.FileInput f && !f.named() && u.reason().startsWith("binary file")) {
                // A searched-for file with a Dockerfile's name holding binary data is an image or an archive.
                return new FirstPass.Skipped(new SkippedFile(u.path(), SkipReason.NOT_A_DOCKERFILE));
            }
            List<Finding> findings = new ArrayList<>();
            if (fileSettings.enabled(engineRules.unreadableFile())) {
                // At the line of the offending byte (a NUL, a bad UTF-8 sequence), the whole file otherwise.
                Location at = u.line() == 1 ? Location.ofFile(u.path()) : new Location(u.path(), u.line(), 1, u.line(), 1);
                findings.add(new Finding(engineRules.unreadableFile(), fileSettings.severity(engineRules.unreadableFile()),
                        at, TextRange.empty(0), u.reason(), List.of()));
            }
            return new FirstPass.Audited(new FileAudit(new SourceText(u.path(), ""), findings, false, false));
        }
        SourceText source = ((ReadOutcome.Read) outcome).source();
        boolean found = input instanceof Input.FileInput f && !f.named();
        Classification classified = classifier.classify(source, file, found);
        if (classified instanceof Classification.Skipped s) {
            ScrapeTargets.Config prometheus = null;
            if (s.reason() == SkipReason.OTHER_YAML && file.isPresent() && PrometheusConfig.mayBeOne(source.text())) {
                // Not audited, but Compose rules ask which services its jobs scrape.
                prometheus = new ScrapeTargets.Config(file.get(), PrometheusConfig.targets(yamlParser.parse(source)));
            }
            return new FirstPass.Skipped(new SkippedFile(source.path(), s.reason()), prometheus);
        }
        if (classified instanceof Classification.Yaml y) {
            return new FirstPass.Yaml(new YamlInput(y.kind(), file, y.source(), y.yaml(), fileSettings));
        }
        DockerfileAnalyzer.Analysis analysis = dockerfiles.analyze(source, fileSettings, buildContexts.of(input),
                withFixes);
        // Suppressed after the project step, whose context rules may land findings here too.
        return new FirstPass.Docker(input, source, analysis, fileSettings);
    }

    private FileAudit crashed(String path, String message) {
        Finding f = new Finding(engineRules.ruleCrashed(), engineRules.ruleCrashed().severity(),
                Location.ofFile(path), TextRange.empty(0), message, List.of());
        return new FileAudit(new SourceText(path, ""), List.of(f), true, true);
    }

    /** What the first phase made of one input. */
    private sealed interface FirstPass {
        record Audited(FileAudit audit) implements FirstPass {
        }

        record Yaml(YamlInput input) implements FirstPass {
        }

        record Docker(Input input, SourceText source, DockerfileAnalyzer.Analysis analysis, FileSettings settings)
                implements FirstPass {
        }

        /** {@code prometheus}: the scrape targets of a skipped Prometheus configuration, else null. */
        record Skipped(SkippedFile file, ScrapeTargets.Config prometheus) implements FirstPass {
            Skipped(SkippedFile file) {
                this(file, null);
            }
        }
    }

    private static final class FirstPassTask implements Parallel.Task<FirstPass> {
        private final Auditor auditor;
        private final Input input;
        private final Settings settings;
        private final BuildContexts buildContexts;
        private final boolean withFixes;
        private final AuditProgress progress;

        FirstPassTask(Auditor auditor, Input input, Settings settings, BuildContexts buildContexts, boolean withFixes,
                      AuditProgress progress) {
            this.auditor = auditor;
            this.input = input;
            this.settings = settings;
            this.buildContexts = buildContexts;
            this.withFixes = withFixes;
            this.progress = progress;
        }

        @Override
        public FirstPass call() {
            FirstPass pass = auditor.firstPass(input, settings, buildContexts, withFixes);
            progress.inputDone();
            return pass;
        }

        @Override
        public FirstPass onFailure(Throwable cause) {
            progress.inputDone();
            return new FirstPass.Audited(auditor.crashed(input.path(), "engine failed: " + cause.getClass().getSimpleName()));
        }
    }

    private static final class FindingOrder implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = a.path().compareTo(b.path());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.range().start(), b.range().start());
            if (c != 0) {
                return c;
            }
            c = a.rule().code().compareTo(b.rule().code());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.range().end(), b.range().end());
            if (c != 0) {
                return c;
            }
            return a.message().compareTo(b.message());
        }
    }
}
