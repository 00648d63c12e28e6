package dev.bulwark.engine.yaml;

import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.Parallel;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleOptions;
import dev.bulwark.rules.workflow.WorkflowContext;
import dev.bulwark.rules.workflow.WorkflowRule;
import dev.bulwark.project.WorkflowContexts;
import dev.bulwark.workflow.ReusableCallers;
import dev.bulwark.workflow.Workflow;
import dev.bulwark.workflow.WorkflowKind;
import dev.bulwark.workflow.WorkflowProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Audits CI workflows, each alone and in parallel by file: the workflow is read once, its YAML and
 * model problems are {@code CI001} findings, then every workflow rule checks it with the file's
 * settings. Suppression comments are applied by the caller, as for every YAML file.
 */
final class WorkflowAnalyzer {
    private final RuleCatalog catalog;
    // Created at the first workflow, so a run without one never loads these rules.
    private List<Registered> rules;
    private final RuleMeta syntaxError;
    private final RuleMeta ruleCrashed;

    private record Registered(WorkflowRule rule, RuleMeta meta) {
    }

    WorkflowAnalyzer(RuleCatalog catalog, RuleMeta syntaxError, RuleMeta ruleCrashed) {
        this.catalog = catalog;
        this.syntaxError = syntaxError;
        this.ruleCrashed = ruleCrashed;
    }

    // Workflows are audited in parallel: the first to get here creates the list.
    private synchronized List<Registered> rules() {
        if (rules == null) {
            List<Registered> registered = new ArrayList<>();
            for (WorkflowRule rule : catalog.workflowRules()) {
                registered.add(new Registered(rule, catalog.meta(rule)));
            }
            rules = List.copyOf(registered);
        }
        return rules;
    }

    /** The findings of every workflow before suppression, and the workflows read from disk (for the project graph). */
    record Analysis(List<Candidate> candidates, List<WorkflowContexts.WorkflowFile> workflows) {
    }

    private record FileResult(List<Candidate> candidates, Optional<WorkflowContexts.WorkflowFile> workflow) {
    }

    Analysis analyze(List<YamlInput> inputs, SettingsByFile settings, Parallel parallel) {
        // Read first, so that a reusable workflow is judged with the events of its callers.
        List<Optional<Workflow>> read = new ArrayList<>(inputs.size());
        List<Workflow> all = new ArrayList<>();
        for (YamlInput input : inputs) {
            Optional<Workflow> workflow;
            try {
                Optional<WorkflowKind> kind = WorkflowKind.of(input.source().path(), input.yaml());
                workflow = kind.isPresent() ? Optional.of(Workflow.read(input.yaml(), kind.get())) : Optional.empty();
            } catch (RuntimeException | StackOverflowError e) {
                // The file's task reports it as an engine failure; the other files go on.
                workflow = null;
            }
            read.add(workflow);
            if (workflow != null && workflow.isPresent()) {
                all.add(workflow.get());
            }
        }
        ReusableCallers callers = ReusableCallers.of(all);
        List<FileTask> tasks = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            YamlInput input = inputs.get(i);
            settings.put(input.source(), input.settings());
            tasks.add(new FileTask(this, input, read.get(i), callers.eventsCalling(input.source().path()), settings));
        }
        List<Candidate> found = new ArrayList<>();
        List<WorkflowContexts.WorkflowFile> workflows = new ArrayList<>();
        for (FileResult ofFile : parallel.run(tasks)) {
            found.addAll(ofFile.candidates());
            if (ofFile.workflow().isPresent()) {
                workflows.add(ofFile.workflow().get());
            }
        }
        return new Analysis(found, workflows);
    }

    private FileResult checkFile(YamlInput input, Optional<Workflow> read, Set<String> callerEvents,
                                 SettingsByFile settings) {
        SourceText source = input.source();
        FileSettings fs = settings.of(source);
        List<Candidate> out = new ArrayList<>();
        for (SyntaxProblem p : input.yaml().problems()) {
            out.add(Candidate.of(syntax(fs, source, p.range(), p.message())));
        }
        if (read.isEmpty()) {
            return new FileResult(out, Optional.empty());
        }
        Workflow workflow = read.get();
        for (WorkflowProblem p : workflow.problems()) {
            out.add(Candidate.of(syntax(fs, source, p.range(), p.message())));
        }
        for (Registered r : rules()) {
            if (!fs.enabled(r.meta())) {
                continue;
            }
            SpanCollector collector = new SpanCollector(r.meta(), settings);
            try {
                RuleOptions options = fs.options(r.rule(), r.meta());
                r.rule().check(new WorkflowContext(workflow, options, callerEvents), collector);
                out.addAll(collector.found());
            } catch (RuntimeException | StackOverflowError e) {
                out.add(Crashes.ruleCrashed(ruleCrashed, r.meta(), fs.severity(ruleCrashed), source.path(), e));
            }
        }
        Optional<WorkflowContexts.WorkflowFile> onDisk = input.file().isPresent()
                ? Optional.of(new WorkflowContexts.WorkflowFile(input.file().get(), workflow)) : Optional.empty();
        return new FileResult(out, onDisk);
    }

    private Finding syntax(FileSettings fs, SourceText source, TextRange range, String message) {
        return new Finding(syntaxError, fs.severity(syntaxError), source.location(range), range, message, List.of());
    }

    private static final class FileTask implements Parallel.Task<FileResult> {
        private final WorkflowAnalyzer analyzer;
        private final YamlInput input;
        private final Optional<Workflow> workflow; // null: reading it failed
        private final Set<String> callerEvents;
        private final SettingsByFile settings;

        FileTask(WorkflowAnalyzer analyzer, YamlInput input, Optional<Workflow> workflow, Set<String> callerEvents,
                 SettingsByFile settings) {
            this.analyzer = analyzer;
            this.input = input;
            this.workflow = workflow;
            this.callerEvents = callerEvents;
            this.settings = settings;
        }

        @Override
        public FileResult call() {
            if (workflow == null) {
                throw new IllegalStateException("the workflow could not be read");
            }
            return analyzer.checkFile(input, workflow, callerEvents, settings);
        }

        @Override
        public FileResult onFailure(Throwable cause) {
            return new FileResult(List.of(Crashes.engineFailed(analyzer.ruleCrashed, input.path(), cause)), Optional.empty());
        }
    }
}
