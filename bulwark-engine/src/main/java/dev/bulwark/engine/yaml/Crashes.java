package dev.bulwark.engine.yaml;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Location;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.suppress.Candidate;
import java.util.List;

/** The {@code BW002} findings of the second phase: a rule that threw, a task that failed. */
final class Crashes {
    private Crashes() {
    }

    /** Rule {@code rule} threw {@code e} on the file at {@code path}; the run goes on. */
    static Candidate ruleCrashed(RuleMeta crashed, RuleMeta rule, Severity severity, String path,
                                 Throwable e) {
        return Candidate.crash(new Finding(crashed, severity, Location.ofFile(path), TextRange.empty(0),
                "rule " + rule.code() + " (" + rule.name() + ") crashed: " + e.getClass().getName(), List.of()),
                rule.code());
    }

    /** The engine's own task for the file at {@code path} failed. */
    static Candidate engineFailed(RuleMeta crashed, String path, Throwable cause) {
        return Candidate.crash(new Finding(crashed, crashed.severity(), Location.ofFile(path), TextRange.empty(0),
                "engine failed: " + cause.getClass().getSimpleName(), List.of()), crashed.code());
    }
}
