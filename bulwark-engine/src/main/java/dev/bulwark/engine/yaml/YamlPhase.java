package dev.bulwark.engine.yaml;

import dev.bulwark.compose.ComposeProject;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.engine.FileAudit;
import dev.bulwark.engine.Parallel;
import dev.bulwark.engine.classify.Classifier;
import dev.bulwark.engine.classify.FileKind;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.engine.suppress.Suppression;
import dev.bulwark.engine.suppress.SuppressionParser;
import dev.bulwark.engine.suppress.Suppressor;
import dev.bulwark.engine.suppress.YamlSuppressions;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.project.ScrapeTargets;
import dev.bulwark.project.WorkflowContexts;
import dev.bulwark.yaml.YamlParser;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second phase: Compose projects, the Kubernetes manifest set and CI workflows (each alone). Findings of a multi-file
 * target may land in any of its files (an override, an included file, an anchor's definition), so
 * they are gathered first, then grouped by the file they land in, and each file's suppressions and
 * settings decide what is kept there. A file a Compose project read on the way (an included file,
 * an {@code extends} base, a {@code .env}) is audited as far as findings land in it.
 */
public final class YamlPhase {
    private final ComposeAnalyzer compose;
    private final KubernetesAnalyzer kubernetes;
    private final WorkflowAnalyzer workflows;
    private final YamlSuppressions comments;
    private final Suppressor suppressor;
    private final YamlParser parser;

    public YamlPhase(RuleCatalog catalog, RuleMeta composeSyntaxError, RuleMeta undefinedVariable,
                     RuleMeta missingFile, RuleMeta manifestSyntaxError, RuleMeta workflowSyntaxError,
                     RuleMeta ruleCrashed, RuleMeta imageDiffersFromPin,
                     SuppressionParser suppressionParser, Suppressor suppressor, InputReader reader,
                     YamlParser parser) {
        this.compose = new ComposeAnalyzer(catalog, composeSyntaxError, undefinedVariable, missingFile, ruleCrashed,
                imageDiffersFromPin, reader);
        this.kubernetes = new KubernetesAnalyzer(catalog, manifestSyntaxError, ruleCrashed, imageDiffersFromPin,
                suppressionParser);
        this.workflows = new WorkflowAnalyzer(catalog, workflowSyntaxError, ruleCrashed);
        this.comments = new YamlSuppressions(suppressionParser);
        this.suppressor = suppressor;
        this.parser = parser;
    }

    public List<FileAudit> audit(List<YamlInput> inputs, Settings settings, Parallel parallel) {
        return finish(analyze(inputs, settings, ScrapeTargets.none(), parallel), List.of());
    }

    /**
     * What the YAML files gave before suppressions: findings, the files read on the way, and the
     * loaded Compose projects (the project step reads their builds). {@link #finish} then lands
     * every finding, these and the project step's, in its file.
     */
    public static final class Analysis {
        private final List<YamlInput> inputs;
        private final List<Candidate> candidates;
        private final Map<String, SourceText> readOnTheWay;
        private final Map<SourceText, List<Suppression>> extraSuppressions;
        private final SettingsByFile settingsByFile;
        private final List<ComposeProject> composeProjects;
        private final Optional<ManifestSet> manifests;
        private final List<WorkflowContexts.WorkflowFile> workflows;

        Analysis(List<YamlInput> inputs, List<Candidate> candidates, Map<String, SourceText> readOnTheWay,
                 Map<SourceText, List<Suppression>> extraSuppressions, SettingsByFile settingsByFile,
                 List<ComposeProject> composeProjects, Optional<ManifestSet> manifests,
                 List<WorkflowContexts.WorkflowFile> workflows) {
            this.inputs = inputs;
            this.candidates = candidates;
            this.readOnTheWay = readOnTheWay;
            this.extraSuppressions = extraSuppressions;
            this.settingsByFile = settingsByFile;
            this.composeProjects = List.copyOf(composeProjects);
            this.manifests = manifests;
            this.workflows = List.copyOf(workflows);
        }

        public List<ComposeProject> composeProjects() {
            return composeProjects;
        }

        /** The Kubernetes manifests as one set, when there are any. */
        public Optional<ManifestSet> manifests() {
            return manifests;
        }

        /** The CI workflows read from disk. */
        public List<WorkflowContexts.WorkflowFile> workflows() {
            return workflows;
        }

        /** Whether a finding in {@code path} can land through {@link #finish} (an input or a file read on the way). */
        public boolean lands(String path) {
            if (readOnTheWay.containsKey(path)) {
                return true;
            }
            for (YamlInput input : inputs) {
                if (input.path().equals(path)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** @param scrapes the targets of the run's Prometheus configurations, which Compose rules read */
    public Analysis analyze(List<YamlInput> inputs, Settings settings, ScrapeTargets scrapes, Parallel parallel) {
        SettingsByFile settingsByFile = new SettingsByFile(settings);
        List<YamlInput> manifests = new ArrayList<>();
        List<YamlInput> composeFiles = new ArrayList<>();
        List<YamlInput> workflowFiles = new ArrayList<>();
        for (YamlInput input : inputs) {
            settingsByFile.put(input.source(), input.settings());
            if (input.kind() == FileKind.WORKFLOW) {
                workflowFiles.add(input);
            } else {
                (input.kind() == FileKind.KUBERNETES ? manifests : composeFiles).add(input);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, SourceText> readOnTheWay = new LinkedHashMap<>();
        List<ComposeProject> projects = new ArrayList<>();
        if (!composeFiles.isEmpty()) {
            for (ComposeAnalyzer.ProjectResult project : compose.analyze(composeFiles, settingsByFile, scrapes, parallel)) {
                candidates.addAll(project.candidates());
                for (EngineComposeFiles.Read r : project.read()) {
                    readOnTheWay.putIfAbsent(r.source().path(), r.source());
                }
                if (project.project().isPresent()) {
                    projects.add(project.project().get());
                }
            }
        }
        Map<SourceText, List<Suppression>> extraSuppressions = new IdentityHashMap<>();
        Optional<ManifestSet> set = Optional.empty();
        if (!manifests.isEmpty()) {
            KubernetesAnalyzer.Analysis analysis = kubernetes.analyze(manifests, settingsByFile, parallel);
            candidates.addAll(analysis.candidates());
            extraSuppressions.putAll(analysis.suppressions());
            set = Optional.of(analysis.set());
        }
        List<WorkflowContexts.WorkflowFile> read = List.of();
        if (!workflowFiles.isEmpty()) {
            WorkflowAnalyzer.Analysis analysis = workflows.analyze(workflowFiles, settingsByFile, parallel);
            candidates.addAll(analysis.candidates());
            read = analysis.workflows();
        }
        return new Analysis(inputs, candidates, readOnTheWay, extraSuppressions, settingsByFile, projects, set, read);
    }

    /** Lands the analysis's findings and {@code extra} ones (from the project step) in their files, with suppressions. */
    public List<FileAudit> finish(Analysis analysis, List<Candidate> extra) {
        List<Candidate> all = new ArrayList<>(analysis.candidates);
        all.addAll(extra);
        return byLandingFile(analysis.inputs, analysis.readOnTheWay, all, analysis.extraSuppressions,
                analysis.settingsByFile);
    }

    private List<FileAudit> byLandingFile(List<YamlInput> inputs, Map<String, SourceText> readOnTheWay,
                                          List<Candidate> candidates,
                                          Map<SourceText, List<Suppression>> extraSuppressions,
                                          SettingsByFile settings) {
        Map<String, List<Candidate>> byPath = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String path = c.finding().path();
            List<Candidate> list = byPath.get(path);
            if (list == null) {
                list = new ArrayList<>();
                byPath.put(path, list);
            }
            list.add(c);
        }
        List<FileAudit> audits = new ArrayList<>(inputs.size());
        for (YamlInput input : inputs) {
            List<Suppression> suppressions = new ArrayList<>(comments.of(input.yaml()));
            List<Suppression> extra = extraSuppressions.get(input.source());
            if (extra != null) {
                suppressions.addAll(extra);
            }
            audits.add(audit(input.source(), byPath.remove(input.path()), suppressions, settings));
        }
        // Files a project read on the way and findings landed in: counted once, with their own suppressions.
        for (Map.Entry<String, List<Candidate>> rest : byPath.entrySet()) {
            SourceText source = readOnTheWay.get(rest.getKey());
            if (source == null) {
                continue;
            }
            List<Suppression> suppressions = Classifier.isYamlName(source.path())
                    ? comments.of(parser.parse(source)) : List.of();
            audits.add(audit(source, rest.getValue(), suppressions, settings));
        }
        return audits;
    }

    private FileAudit audit(SourceText source, List<Candidate> candidates, List<Suppression> suppressions,
                            SettingsByFile settings) {
        Suppressor.Outcome kept = suppressor.apply(candidates == null ? List.of() : candidates, suppressions, source,
                settings.of(source));
        return new FileAudit(source, kept.findings(), true, kept.crashed());
    }
}
