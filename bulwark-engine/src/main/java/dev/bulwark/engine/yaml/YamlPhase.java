package dev.bulwark.engine.yaml;

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
import dev.bulwark.yaml.YamlParser;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
                     RuleMeta ruleCrashed,
                     SuppressionParser suppressionParser, Suppressor suppressor, InputReader reader,
                     YamlParser parser) {
        this.compose = new ComposeAnalyzer(catalog, composeSyntaxError, undefinedVariable, missingFile, ruleCrashed,
                reader);
        this.kubernetes = new KubernetesAnalyzer(catalog, manifestSyntaxError, ruleCrashed, suppressionParser);
        this.workflows = new WorkflowAnalyzer(catalog, workflowSyntaxError, ruleCrashed);
        this.comments = new YamlSuppressions(suppressionParser);
        this.suppressor = suppressor;
        this.parser = parser;
    }

    public List<FileAudit> audit(List<YamlInput> inputs, Settings settings, Parallel parallel) {
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
        if (!composeFiles.isEmpty()) {
            for (ComposeAnalyzer.ProjectResult project : compose.analyze(composeFiles, settingsByFile, parallel)) {
                candidates.addAll(project.candidates());
                for (EngineComposeFiles.Read r : project.read()) {
                    readOnTheWay.putIfAbsent(r.source().path(), r.source());
                }
            }
        }
        Map<SourceText, List<Suppression>> extraSuppressions = new IdentityHashMap<>();
        if (!manifests.isEmpty()) {
            KubernetesAnalyzer.Analysis analysis = kubernetes.analyze(manifests, settingsByFile, parallel);
            candidates.addAll(analysis.candidates());
            extraSuppressions.putAll(analysis.suppressions());
        }
        if (!workflowFiles.isEmpty()) {
            candidates.addAll(workflows.analyze(workflowFiles, settingsByFile, parallel));
        }
        return byLandingFile(inputs, readOnTheWay, candidates, extraSuppressions, settingsByFile);
    }

    private List<FileAudit> byLandingFile(List<YamlInput> inputs, Map<String, SourceText> readOnTheWay,
                                          List<Candidate> candidates,
                                          Map<SourceText, List<Suppression>> extraSuppressions,
                                          SettingsByFile settings) {
        Map<String, List<Candidate>> byPath = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            List<Candidate> list = byPath.get(c.finding().path());
            if (list == null) {
                list = new ArrayList<>();
                byPath.put(c.finding().path(), list);
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
