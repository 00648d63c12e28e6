package dev.bulwark.engine.yaml;

import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.Parallel;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.pin.ManifestPins;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.engine.suppress.Suppression;
import dev.bulwark.engine.suppress.SuppressionParser;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestProblem;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleOptions;
import dev.bulwark.rules.kubernetes.KubernetesContext;
import dev.bulwark.rules.kubernetes.KubernetesRule;
import dev.bulwark.rules.kubernetes.KubernetesSetups;
import dev.bulwark.rules.setups.Setup;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Audits the Kubernetes files of a run as one manifest set: the set is built once (kustomizations
 * mark their patch files partial, namespaces and cross-file lookups are resolved), then every
 * rule checks every file of the set with that file's settings, in parallel by file. YAML and
 * model problems are {@code KU001} findings. Besides comments, an object's annotation
 * {@code bulwark.dev/ignore: "KU011,KU013"} suppresses those rules for the whole object.
 */
final class KubernetesAnalyzer {
    /** The annotation that suppresses rules for one object. */
    static final String IGNORE_ANNOTATION = "bulwark.dev/ignore";

    private final RuleCatalog catalog;
    // Created at the first file of this kind, so a run without one never loads these rules.
    private List<Registered> rules;
    private final RuleMeta syntaxError;
    private final RuleMeta ruleCrashed;
    private final RuleMeta imageDiffersFromPin;
    private final SuppressionParser suppressionParser;

    private record Registered(KubernetesRule rule, RuleMeta meta) {
    }

    KubernetesAnalyzer(RuleCatalog catalog, RuleMeta syntaxError, RuleMeta ruleCrashed, RuleMeta imageDiffersFromPin,
                       SuppressionParser suppressionParser) {
        this.catalog = catalog;
        this.syntaxError = syntaxError;
        this.ruleCrashed = ruleCrashed;
        this.imageDiffersFromPin = imageDiffersFromPin;
        this.suppressionParser = suppressionParser;
    }

    // Projects are audited in parallel: the first to get here creates the list.
    private synchronized List<Registered> rules() {
        if (rules == null) {
            List<Registered> registered = new ArrayList<>();
            for (KubernetesRule rule : catalog.kubernetesRules()) {
                registered.add(new Registered(rule, catalog.meta(rule)));
            }
            rules = List.copyOf(registered);
        }
        return rules;
    }

    /**
     * The findings of every file before suppression (the caller groups them by the file they land
     * in), and the annotation suppressions of every file.
     */
    Analysis analyze(List<YamlInput> inputs, SettingsByFile settings, Parallel parallel) {
        List<ManifestFile> files = new ArrayList<>(inputs.size());
        for (YamlInput input : inputs) {
            settings.put(input.source(), input.settings());
            files.add(ManifestFile.read(input.yaml(), input.file()));
        }
        ManifestSet set = ManifestSet.of(files);
        List<FileTask> tasks = new ArrayList<>(set.files().size());
        for (ManifestFile file : set.files()) {
            tasks.add(new FileTask(this, set, file, settings));
        }
        List<Candidate> all = new ArrayList<>();
        for (List<Candidate> ofFile : parallel.run(tasks)) {
            all.addAll(ofFile);
        }
        Map<SourceText, List<Suppression>> annotations = new IdentityHashMap<>();
        for (ManifestFile file : set.files()) {
            List<Suppression> ofFile = annotationSuppressions(file);
            if (!ofFile.isEmpty()) {
                annotations.put(file.source(), ofFile);
            }
        }
        return new Analysis(all, annotations, set);
    }

    /** Findings before suppression, the suppressions object annotations add per file, and the set (for the project graph). */
    record Analysis(List<Candidate> candidates, Map<SourceText, List<Suppression>> suppressions, ManifestSet set) {
    }

    /** The annotation suppressions of the objects in a file, scoped to each object. */
    List<Suppression> annotationSuppressions(ManifestFile file) {
        List<Suppression> result = new ArrayList<>();
        for (KubeObject object : file.objects()) {
            Optional<Field> ignore = object.annotations().get(IGNORE_ANNOTATION);
            if (ignore.isPresent()) {
                Span value = ignore.get().valueSpan();
                result.addAll(suppressionParser.parse("bulwark-ignore: " + ignore.get().textOrEmpty(), value.range(),
                        object.span().range()));
            }
        }
        return result;
    }

    private List<Candidate> checkFile(ManifestSet set, ManifestFile file, SettingsByFile settings) {
        SourceText source = file.source();
        FileSettings fs = settings.of(source);
        List<Candidate> out = new ArrayList<>();
        for (SyntaxProblem p : file.yaml().problems()) {
            out.add(Candidate.of(syntax(fs, source, p.range(), p.message())));
        }
        for (ManifestProblem p : file.problems()) {
            out.add(Candidate.of(syntax(fs, p.span().source(), p.span().range(), p.message())));
        }
        // Pins hold in every setup: the configuration names the version (BW005).
        if (!fs.pins().isEmpty() && fs.enabled(imageDiffersFromPin)) {
            out.addAll(PinCandidates.of(imageDiffersFromPin, settings, ManifestPins.find(file, set, fs.pins())));
        }
        // A test fixture, a release copy, a frozen snapshot or a developer's stack is not held to every practice.
        Setup setup = fs.setup().isPresent() ? fs.setup().get() : KubernetesSetups.of(set, file);
        for (Registered r : rules()) {
            if (!fs.enabled(r.meta()) || !setup.judges(r.meta().practice())) {
                continue;
            }
            SpanCollector collector = new SpanCollector(r.meta(), settings);
            try {
                RuleOptions options = fs.options(r.rule(), r.meta());
                r.rule().check(new KubernetesContext(set, file, options), collector);
                out.addAll(collector.found());
            } catch (RuntimeException | StackOverflowError e) {
                out.add(Crashes.ruleCrashed(ruleCrashed, r.meta(), fs.severity(ruleCrashed), source.path(), e));
            }
        }
        return out;
    }

    private Finding syntax(FileSettings fs, SourceText source, TextRange range, String message) {
        return new Finding(syntaxError, fs.severity(syntaxError), source.location(range), range, message, List.of());
    }

    private static final class FileTask implements Parallel.Task<List<Candidate>> {
        private final KubernetesAnalyzer analyzer;
        private final ManifestSet set;
        private final ManifestFile file;
        private final SettingsByFile settings;

        FileTask(KubernetesAnalyzer analyzer, ManifestSet set, ManifestFile file, SettingsByFile settings) {
            this.analyzer = analyzer;
            this.set = set;
            this.file = file;
            this.settings = settings;
        }

        @Override
        public List<Candidate> call() {
            return analyzer.checkFile(set, file, settings);
        }

        @Override
        public List<Candidate> onFailure(Throwable cause) {
            return List.of(Crashes.engineFailed(analyzer.ruleCrashed, file.source().path(), cause));
        }
    }
}
