package dev.bulwark.cli;

import dev.bulwark.engine.AuditResult;
import dev.bulwark.report.Baseline;
import dev.bulwark.report.BaselineStatus;
import dev.bulwark.report.SourceLookup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code check --baseline FILE}: the findings a baseline accepted are left out of the report and
 * the verdict; the report says how many, and which baseline entries matched nothing (stale).
 */
final class BaselineOption {
    static final String OPTION = "--baseline";
    static final OptionSpec SPEC = OptionSpec.value("FILE", new ValueType.Text(),
            "Report only findings not in this baseline (written by bulwark baseline).", OPTION);

    private final String file;
    private final Baseline baseline;

    private BaselineOption(String file, Baseline baseline) {
        this.file = file;
        this.baseline = baseline;
    }

    /** The baseline of a run (empty without {@code --baseline}), or {@code usable} false after a usage error. */
    record Loaded(boolean usable, Optional<BaselineOption> baseline) {
    }

    /** Reads the baseline; a missing or malformed file is reported as a usage error. */
    static Loaded read(Invocation invocation, ParsedArgs args, AuditOptions audit) {
        Optional<String> name = args.value(OPTION);
        if (name.isEmpty()) {
            return new Loaded(true, Optional.empty());
        }
        String text;
        try {
            text = Files.readString(invocation.resolve(name.get()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            audit.usageError(name.get() + ": cannot read the baseline: " + AuditOptions.reason(e));
            return new Loaded(false, Optional.empty());
        }
        try {
            return new Loaded(true, Optional.of(new BaselineOption(name.get(), Baseline.read(text))));
        } catch (Baseline.InvalidBaseline e) {
            audit.usageError(name.get() + ":" + e.getMessage());
            return new Loaded(false, Optional.empty());
        }
    }

    /** The run without the accepted findings, and what the baseline did. */
    record Applied(AuditResult result, BaselineStatus status) {
    }

    Applied apply(AuditResult result) {
        Baseline.Match match = baseline.apply(result.findings(), SourceLookup.of(result.sources().values()));
        return new Applied(result.withFindings(match.kept(), result.sources()),
                new BaselineStatus(file, match.baselined(), match.stale()));
    }
}
