package dev.bulwark.engine.yaml;

import dev.bulwark.compose.ComposeInput;
import dev.bulwark.compose.ComposeLoader;
import dev.bulwark.compose.ComposeProblem;
import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.PlannedProject;
import dev.bulwark.compose.PlannerInput;
import dev.bulwark.compose.ProjectPlanner;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Practice;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.engine.Parallel;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.engine.pin.ComposePins;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.project.ScrapeTarget;
import dev.bulwark.project.ScrapeTargets;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.compose.ComposeContext;
import dev.bulwark.rules.compose.ComposeRule;
import dev.bulwark.rules.compose.ComposeSyntaxError;
import dev.bulwark.rules.compose.ProjectSetups;
import dev.bulwark.rules.compose.ReferencedFileMissing;
import dev.bulwark.rules.compose.UnsetVariable;
import dev.bulwark.rules.setups.Setup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Audits the Compose files of a run as projects: the planner groups each main file with its
 * override files and each overlay with its base, every project loads (interpolation, include,
 * extends, merge, validation) and every Compose rule checks it, in parallel by project. The
 * loader's problems become {@code DC001} (what Compose refuses), {@code DC016} (a referenced file
 * that does not exist) and {@code DC002} (variables without a value, one finding per file). A project reports only in the files it owns and
 * in the files it read on the way, so a base file loaded again under an overlay is reported once.
 */
final class ComposeAnalyzer {
    private final RuleCatalog catalog;
    // Created at the first file of this kind, so a run without one never loads these rules.
    private List<Registered> rules;
    private final RuleMeta syntaxError;
    private final RuleMeta undefinedVariable;
    private final RuleMeta missingFile;
    private final RuleMeta ruleCrashed;
    private final RuleMeta imageDiffersFromPin;
    private final InputReader reader;

    private record Registered(ComposeRule rule, RuleMeta meta) {
    }

    /** What one project gave: findings before suppression, and the files it read besides its inputs. */
    record ProjectResult(List<Candidate> candidates, List<EngineComposeFiles.Read> read, Optional<ComposeProject> project) {
    }

    ComposeAnalyzer(RuleCatalog catalog, RuleMeta syntaxError, RuleMeta undefinedVariable, RuleMeta missingFile,
                    RuleMeta ruleCrashed, RuleMeta imageDiffersFromPin, InputReader reader) {
        this.catalog = catalog;
        this.syntaxError = syntaxError;
        this.undefinedVariable = undefinedVariable;
        this.missingFile = missingFile;
        this.ruleCrashed = ruleCrashed;
        this.imageDiffersFromPin = imageDiffersFromPin;
        this.reader = reader;
    }

    // Projects are audited in parallel: the first to get here creates the list.
    private synchronized List<Registered> rules() {
        if (rules == null) {
            List<Registered> registered = new ArrayList<>();
            for (ComposeRule rule : catalog.composeRules()) {
                registered.add(new Registered(rule, catalog.meta(rule)));
            }
            rules = List.copyOf(registered);
        }
        return rules;
    }

    /** @param scrapes the Prometheus configurations of the run, by repository */
    List<ProjectResult> analyze(List<YamlInput> inputs, SettingsByFile settings, ScrapeTargets scrapes,
                                Parallel parallel) {
        Map<Path, YamlInput> byFile = new HashMap<>();
        List<PlannerInput> planned = new ArrayList<>();
        List<ProjectTask> tasks = new ArrayList<>();
        Set<String> plannedPaths = new HashSet<>();
        for (YamlInput input : inputs) {
            if (input.file().isPresent()) {
                Path file = input.file().get().toAbsolutePath().normalize();
                byFile.put(file, input);
                planned.add(new PlannerInput(file, input.yaml()));
            }
            plannedPaths.add(input.path());
        }
        for (PlannedProject plan : ProjectPlanner.plan(planned)) {
            List<YamlInput> files = new ArrayList<>();
            for (Path p : plan.files()) {
                files.add(byFile.get(p));
            }
            Set<String> owned = new HashSet<>();
            for (Path p : plan.ownedFiles()) {
                owned.add(byFile.get(p).path());
            }
            tasks.add(new ProjectTask(this, files, owned, plannedPaths, plan.isPartial(), settings, scrapes));
        }
        for (YamlInput input : inputs) {
            if (input.file().isEmpty()) {
                // Standard input: a project of one file, with no directory of its own.
                tasks.add(new ProjectTask(this, List.of(input), Set.of(input.path()), plannedPaths, false, settings,
                        scrapes));
            }
        }
        return parallel.run(tasks);
    }

    private ProjectResult auditProject(List<YamlInput> files, Set<String> owned, Set<String> plannedPaths,
                                       boolean partial, SettingsByFile settings, ScrapeTargets scrapes) {
        YamlInput main = files.get(0);
        EngineComposeFiles reads = main.file().isPresent()
                ? new EngineComposeFiles(reader, main.file().get(), main.path()) : null;
        List<ComposeInput> inputs = new ArrayList<>(files.size());
        for (YamlInput f : files) {
            Optional<Path> path = f.file().isPresent() ? Optional.of(f.file().get().toAbsolutePath().normalize())
                    : Optional.empty();
            inputs.add(new ComposeInput(path, f.source(), f.yaml()));
        }
        ComposeProject project = reads != null ? new ComposeLoader(reads).load(inputs)
                : new ComposeLoader(NoFiles.INSTANCE).load(inputs, Path.of("").toAbsolutePath());
        List<EngineComposeFiles.Read> read = reads != null ? reads.read() : List.of();
        for (EngineComposeFiles.Read r : read) {
            settings.put(r.source(), r.file());
        }
        List<Candidate> found = new ArrayList<>(problems(project, settings));
        FileSettings mainSettings = settings.of(main.source());
        List<ScrapeTarget> scraped = main.file().isPresent() ? scrapes.inRepositoryOf(main.file().get()) : List.of();
        for (Registered r : rules()) {
            if (!mainSettings.enabled(r.meta())) {
                continue;
            }
            SpanCollector collector = new SpanCollector(r.meta(), settings);
            try {
                r.rule().check(new ComposeContext(project, mainSettings.options(r.rule(), r.meta()), partial, scraped),
                        collector);
                found.addAll(collector.found());
            } catch (RuntimeException | StackOverflowError e) {
                found.add(Crashes.ruleCrashed(ruleCrashed, r.meta(), mainSettings.severity(ruleCrashed), main.path(), e));
            }
        }
        if (!mainSettings.pins().isEmpty() && mainSettings.enabled(imageDiffersFromPin)) {
            found.addAll(PinCandidates.of(imageDiffersFromPin, settings, ComposePins.find(project, mainSettings.pins())));
        }
        // A test fixture, a release copy or a developer's stack (by the landing file's path, or as
        // the services show it: developer tooling, a CI build matrix) is not held to every practice.
        Setup setup = ProjectSetups.of(project);
        // A setup the configuration names for a file replaces what its path and the services say.
        Map<String, Optional<Setup>> configuredByPath = new HashMap<>();
        List<Candidate> kept = new ArrayList<>(found.size());
        for (Candidate c : found) {
            String path = c.finding().path();
            Optional<Setup> configured = configuredByPath.get(path);
            if (configured == null) {
                configured = settings.configuredSetup(path);
                configuredByPath.put(path, configured);
            }
            Practice practice = c.finding().rule().practice();
            boolean judged = c.crash() || (configured.isPresent() ? configured.get().judges(practice)
                    : setup.judges(practice) && Setup.of(path).judges(practice));
            if (judged && (owned.contains(path) || !plannedPaths.contains(path))) {
                kept.add(c);
            }
        }
        return new ProjectResult(kept, read, Optional.of(project));
    }

    /** DC001 for what Compose refuses, DC016 for missing files, DC002 for unset variables (summarised per file). */
    private List<Candidate> problems(ComposeProject project, SettingsByFile settings) {
        List<Candidate> out = new ArrayList<>();
        for (ComposeProblem p : project.problems()) {
            RuleMeta meta = ComposeSyntaxError.isOwnProblem(p) ? syntaxError
                    : ReferencedFileMissing.isOwnProblem(p) ? missingFile : null;
            if (meta != null) {
                Span at = p.span();
                FileSettings fs = settings.of(at.source());
                out.add(Candidate.of(new Finding(meta, fs.severity(meta), at.location(), at.range(), p.message(),
                        List.of())));
            }
        }
        for (UnsetVariable.Summary s : UnsetVariable.findings(project)) {
            FileSettings fs = settings.of(s.at().source());
            out.add(Candidate.of(new Finding(undefinedVariable, fs.severity(undefinedVariable), s.at().location(),
                    s.at().range(), s.message(), List.of())));
        }
        return out;
    }

    /** Standard input has no directory: nothing beside it can be read. */
    private static final class NoFiles implements dev.bulwark.compose.ComposeFileReader {
        static final NoFiles INSTANCE = new NoFiles();

        @Override
        public dev.bulwark.compose.FileContent read(Path path) {
            return new dev.bulwark.compose.FileContent.Missing();
        }
    }

    private static final class ProjectTask implements Parallel.Task<ProjectResult> {
        private final ComposeAnalyzer analyzer;
        private final List<YamlInput> files;
        private final Set<String> owned;
        private final Set<String> plannedPaths;
        private final boolean partial;
        private final SettingsByFile settings;
        private final ScrapeTargets scrapes;

        ProjectTask(ComposeAnalyzer analyzer, List<YamlInput> files, Set<String> owned, Set<String> plannedPaths,
                    boolean partial, SettingsByFile settings, ScrapeTargets scrapes) {
            this.analyzer = analyzer;
            this.files = files;
            this.owned = owned;
            this.plannedPaths = plannedPaths;
            this.partial = partial;
            this.settings = settings;
            this.scrapes = scrapes;
        }

        @Override
        public ProjectResult call() {
            return analyzer.auditProject(files, owned, plannedPaths, partial, settings, scrapes);
        }

        @Override
        public ProjectResult onFailure(Throwable cause) {
            return new ProjectResult(List.of(Crashes.engineFailed(analyzer.ruleCrashed, files.get(0).path(), cause)),
                    List.of(), Optional.empty());
        }
    }
}
