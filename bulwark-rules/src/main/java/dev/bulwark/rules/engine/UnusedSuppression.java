package dev.bulwark.rules.engine;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import java.util.List;

/** Raised by the engine for a suppression comment that matched no finding. */
@RuleInfo(code = "BW003", name = "unused-suppression", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A suppression comment suppresses nothing.",
        fix = "Remove the suppression, or move it directly above the instruction it is meant for.")
public final class UnusedSuppression implements EngineDiagnostic {
    /** Also report other tools' pragmas ({@code # hadolint ignore=}) that suppress nothing. */
    public static final String REPORT_FOREIGN_PRAGMAS = "report-foreign-pragmas";

    @Override
    public List<RuleOption> options() {
        return List.of(RuleOption.bool(REPORT_FOREIGN_PRAGMAS, false,
                "Also report `# hadolint ignore=` comments that suppress nothing (hadolint may still need them)."));
    }
}
