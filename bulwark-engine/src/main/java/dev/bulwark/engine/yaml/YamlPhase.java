package dev.bulwark.engine.yaml;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Location;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.FileAudit;
import dev.bulwark.engine.Parallel;
import dev.bulwark.engine.classify.FileKind;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.engine.suppress.Suppressor;
import dev.bulwark.engine.suppress.YamlSuppressions;
import dev.bulwark.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The second phase: Compose and Kubernetes files. Each file's YAML problems are reported under its
 * kind's syntax rule ({@code DC001}, {@code KU001}) with the parser's range.
 */
public final class YamlPhase {
    private final RuleMeta composeSyntaxError;
    private final RuleMeta manifestSyntaxError;
    private final RuleMeta ruleCrashed;
    private final YamlSuppressions suppressions;
    private final Suppressor suppressor;

    public YamlPhase(RuleCatalog catalog, RuleMeta composeSyntaxError, RuleMeta manifestSyntaxError,
                     RuleMeta ruleCrashed, YamlSuppressions suppressions, Suppressor suppressor, InputReader reader,
                     YamlParser parser) {
        this.composeSyntaxError = composeSyntaxError;
        this.manifestSyntaxError = manifestSyntaxError;
        this.ruleCrashed = ruleCrashed;
        this.suppressions = suppressions;
        this.suppressor = suppressor;
    }

    public List<FileAudit> audit(List<YamlInput> inputs, Settings settings, Parallel parallel) {
        List<FileTask> tasks = new ArrayList<>(inputs.size());
        for (YamlInput input : inputs) {
            tasks.add(new FileTask(this, input));
        }
        return parallel.run(tasks);
    }

    private FileAudit auditFile(YamlInput input) {
        RuleMeta syntax = input.kind() == FileKind.COMPOSE ? composeSyntaxError : manifestSyntaxError;
        FileSettings settings = input.settings();
        SourceText source = input.source();
        List<Candidate> candidates = new ArrayList<>();
        for (SyntaxProblem p : input.yaml().problems()) {
            candidates.add(Candidate.of(new Finding(syntax, settings.severity(syntax), source.location(p.range()),
                    p.range(), p.message(), List.of())));
        }
        Suppressor.Outcome kept = suppressor.apply(candidates, suppressions.of(input.yaml()), source, settings);
        return new FileAudit(source, kept.findings(), true, kept.crashed());
    }

    private FileAudit crashed(YamlInput input, Throwable cause) {
        Finding f = new Finding(ruleCrashed, ruleCrashed.severity(), Location.ofFile(input.path()), TextRange.empty(0),
                "engine failed: " + cause.getClass().getSimpleName(), List.of());
        return new FileAudit(input.source(), List.of(f), true, true);
    }

    private static final class FileTask implements Parallel.Task<FileAudit> {
        private final YamlPhase phase;
        private final YamlInput input;

        FileTask(YamlPhase phase, YamlInput input) {
            this.phase = phase;
            this.input = input;
        }

        @Override
        public FileAudit call() {
            return phase.auditFile(input);
        }

        @Override
        public FileAudit onFailure(Throwable cause) {
            return phase.crashed(input, cause);
        }
    }
}
