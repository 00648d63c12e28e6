package dev.bulwark.rules.compose;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/**
 * A variable a Compose file interpolates that has no value in the project's {@code .env} and no
 * default. The engine reports the loader's {@code UNDEFINED_VARIABLE} and {@code REQUIRED_VARIABLE}
 * problems under this code, once per variable and file, at its first use.
 */
@RuleInfo(code = "DC002", name = "unset-variable", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "A Compose file uses a variable that has no value in `.env` and no default.",
        fix = "Give the variable a value in `.env` beside the Compose file, or a default: `${VAR:-value}`.")
public final class UnsetVariable implements EngineDiagnostic {
}
