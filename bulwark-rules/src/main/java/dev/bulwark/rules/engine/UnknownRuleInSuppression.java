package dev.bulwark.rules.engine;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/** Raised by the engine for a suppression naming a code, name or alias that no rule has. */
@RuleInfo(code = "BW004", name = "unknown-rule-in-suppression", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A suppression comment names a rule that does not exist.",
        fix = "Correct the rule code or name (`bulwark rules` lists them), or remove the suppression.")
public final class UnknownRuleInSuppression implements EngineDiagnostic {
}
