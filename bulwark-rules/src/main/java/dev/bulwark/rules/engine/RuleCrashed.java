package dev.bulwark.rules.engine;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/** Raised by the engine when a rule throws; the run goes on with the other rules. */
@RuleInfo(code = "BW002", name = "rule-crashed", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "A rule failed with an internal error on this file.",
        fix = "Report the bug with the file (or a reduced copy); suppress the rule for the file meanwhile.")
public final class RuleCrashed implements EngineDiagnostic {
}
