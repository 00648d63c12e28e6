package dev.bulwark.engine.yaml;

import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.engine.FileAudit;
import dev.bulwark.engine.Parallel;
import dev.bulwark.engine.classify.FileKind;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.engine.suppress.Suppression;
import dev.bulwark.engine.suppress.SuppressionParser;
import dev.bulwark.engine.suppress.Suppressor;
import dev.bulwark.engine.suppress.YamlSuppressions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second phase: Compose projects and the Kubernetes manifest set. Findings of a multi-file
 * target may land in any of its files, so they are gathered first, then grouped by the file they
 * land in, and each file's suppressions and settings decide what is kept there.
 */
public final class YamlPhase {
    private final RuleMeta composeSyntaxError;
    private final KubernetesAnalyzer kubernetes;
    private final YamlSuppressions comments;
    private final Suppressor suppressor;

    public YamlPhase(RuleCatalog catalog, RuleMeta composeSyntaxError, RuleMeta manifestSyntaxError,
                     RuleMeta ruleCrashed, SuppressionParser suppressionParser, Suppressor suppressor) {
        this.composeSyntaxError = composeSyntaxError;
        this.kubernetes = new KubernetesAnalyzer(catalog, manifestSyntaxError, ruleCrashed, suppressionParser);
        this.comments = new YamlSuppressions(suppressionParser);
        this.suppressor = suppressor;
    }

    public List<FileAudit> audit(List<YamlInput> inputs, Settings settings, Parallel parallel) {
        SettingsByFile settingsByFile = new SettingsByFile(settings);
        List<YamlInput> manifests = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<SourceText, YamlInput> byFile = new IdentityHashMap<>();
        for (YamlInput input : inputs) {
            byFile.put(input.source(), input);
            settingsByFile.put(input.source(), input.settings());
            if (input.kind() == FileKind.KUBERNETES) {
                manifests.add(input);
            } else {
                candidates.addAll(composeSyntax(input));
            }
        }
        Map<SourceText, List<Suppression>> extraSuppressions = new IdentityHashMap<>();
        if (!manifests.isEmpty()) {
            KubernetesAnalyzer.Analysis analysis = kubernetes.analyze(manifests, settingsByFile, parallel);
            candidates.addAll(analysis.candidates());
            extraSuppressions.putAll(analysis.suppressions());
        }
        return byLandingFile(inputs, candidates, extraSuppressions, settingsByFile);
    }

    // Until the Compose model runs its rules, a Compose file reports its YAML syntax.
    private List<Candidate> composeSyntax(YamlInput input) {
        FileSettings fs = input.settings();
        SourceText source = input.source();
        List<Candidate> out = new ArrayList<>();
        for (SyntaxProblem p : input.yaml().problems()) {
            out.add(Candidate.of(new Finding(composeSyntaxError, fs.severity(composeSyntaxError),
                    source.location(p.range()), p.range(), p.message(), List.of())));
        }
        return out;
    }

    private List<FileAudit> byLandingFile(List<YamlInput> inputs, List<Candidate> candidates,
                                          Map<SourceText, List<Suppression>> extraSuppressions,
                                          SettingsByFile settings) {
        Map<String, List<Candidate>> byPath = new LinkedHashMap<>();
        for (YamlInput input : inputs) {
            byPath.put(input.path(), new ArrayList<>());
        }
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
            SourceText source = input.source();
            List<Suppression> suppressions = new ArrayList<>(comments.of(input.yaml()));
            List<Suppression> extra = extraSuppressions.get(source);
            if (extra != null) {
                suppressions.addAll(extra);
            }
            Suppressor.Outcome kept = suppressor.apply(byPath.get(input.path()), suppressions, source,
                    settings.of(source));
            audits.add(new FileAudit(source, kept.findings(), true, kept.crashed()));
        }
        return audits;
    }
}
