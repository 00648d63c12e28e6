package dev.bulwark.rules.engine;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/** Raised by the engine for a suppression comment that matched no finding. */
@RuleInfo(code = "BW003", name = "unused-suppression", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A suppression comment suppresses nothing.",
        fix = "Remove the suppression, or move it directly above the instruction it is meant for.")
public final class UnusedSuppression implements EngineDiagnostic {
}
