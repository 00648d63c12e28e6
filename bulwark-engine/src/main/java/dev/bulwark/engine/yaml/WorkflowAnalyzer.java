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
import dev.bulwark.workflow.Workflow;
import dev.bulwark.workflow.WorkflowKind;
import dev.bulwark.workflow.WorkflowProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Audits CI workflows, each alone and in parallel by file: the workflow is read once, its YAML and
 * model problems are {@code CI001} findings, then every workflow rule checks it with the file's
 * settings. Suppression comments are applied by the caller, as for every YAML file.
 */
final class WorkflowAnalyzer {
    private final List<Registered> rules;
    private final RuleMeta syntaxError;
    private final RuleMeta ruleCrashed;

    private record Registered(WorkflowRule rule, RuleMeta meta) {
    }

    WorkflowAnalyzer(RuleCatalog catalog, RuleMeta syntaxError, RuleMeta ruleCrashed) {
        List<Registered> registered = new ArrayList<>();
        for (WorkflowRule rule : catalog.workflowRules()) {
            registered.add(new Registered(rule, catalog.meta(rule)));
        }
        this.rules = List.copyOf(registered);
        this.syntaxError = syntaxError;
        this.ruleCrashed = ruleCrashed;
    }

    /** The findings of every workflow before suppression, and the workflows read from disk (for the project graph). */
    record Analysis(List<Candidate> candidates, List<WorkflowContexts.WorkflowFile> workflows) {
    }

    private record FileResult(List<Candidate> candidates, Optional<WorkflowContexts.WorkflowFile> workflow) {
    }

    Analysis analyze(List<YamlInput> inputs, SettingsByFile settings, Parallel parallel) {
        List<FileTask> tasks = new ArrayList<>(inputs.size());
        for (YamlInput input : inputs) {
            settings.put(input.source(), input.settings());
            tasks.add(new FileTask(this, input, settings));
        }
        List<Candidate> all = new ArrayList<>();
        List<WorkflowContexts.WorkflowFile> workflows = new ArrayList<>();
        for (FileResult ofFile : parallel.run(tasks)) {
            all.addAll(ofFile.candidates());
            if (ofFile.workflow().isPresent()) {
                workflows.add(ofFile.workflow().get());
            }
        }
        return new Analysis(all, workflows);
    }

    private FileResult checkFile(YamlInput input, SettingsByFile settings) {
        SourceText source = input.source();
        FileSettings fs = settings.of(source);
        List<Candidate> out = new ArrayList<>();
        for (SyntaxProblem p : input.yaml().problems()) {
            out.add(Candidate.of(syntax(fs, source, p.range(), p.message())));
        }
        Optional<WorkflowKind> kind = WorkflowKind.of(source.path(), input.yaml());
        if (kind.isEmpty()) {
            return new FileResult(out, Optional.empty());
        }
        Workflow workflow = Workflow.read(input.yaml(), kind.get());
        for (WorkflowProblem p : workflow.problems()) {
            out.add(Candidate.of(syntax(fs, source, p.range(), p.message())));
        }
        for (Registered r : rules) {
            if (!fs.enabled(r.meta())) {
                continue;
            }
            SpanCollector collector = new SpanCollector(r.meta(), settings);
            try {
                RuleOptions options = fs.options(r.rule(), r.meta());
                r.rule().check(new WorkflowContext(workflow, options), collector);
                out.addAll(collector.found());
            } catch (RuntimeException | StackOverflowError e) {
                out.add(Crashes.ruleCrashed(ruleCrashed, r.meta(), fs.severity(ruleCrashed), source.path(), e));
            }
        }
        Optional<WorkflowContexts.WorkflowFile> read = input.file().isPresent()
                ? Optional.of(new WorkflowContexts.WorkflowFile(input.file().get(), workflow)) : Optional.empty();
        return new FileResult(out, read);
    }

    private Finding syntax(FileSettings fs, SourceText source, TextRange range, String message) {
        return new Finding(syntaxError, fs.severity(syntaxError), source.location(range), range, message, List.of());
    }

    private static final class FileTask implements Parallel.Task<FileResult> {
        private final WorkflowAnalyzer analyzer;
        private final YamlInput input;
        private final SettingsByFile settings;

        FileTask(WorkflowAnalyzer analyzer, YamlInput input, SettingsByFile settings) {
            this.analyzer = analyzer;
            this.input = input;
            this.settings = settings;
        }

        @Override
        public FileResult call() {
            return analyzer.checkFile(input, settings);
        }

        @Override
        public FileResult onFailure(Throwable cause) {
            return new FileResult(List.of(Crashes.engineFailed(analyzer.ruleCrashed, input.path(), cause)), Optional.empty());
        }
    }
}
