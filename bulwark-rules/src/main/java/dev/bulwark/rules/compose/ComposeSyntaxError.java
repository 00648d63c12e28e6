package dev.bulwark.rules.compose;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/**
 * What Docker Compose refuses to load: YAML that does not parse, a structure the Compose
 * Specification's schema rejects, an invalid interpolation, a broken {@code extends} or
 * {@code include}. The engine reports the loader's problems under this code, each at its exact range.
 */
@RuleInfo(code = "DC001", name = "compose-syntax-error", practice = Practice.SYNTAX,
        severity = Severity.ERROR,
        summary = "The Compose file is not valid YAML or not a valid Compose file.",
        fix = "Correct the file as the message says; see the Compose Specification.")
public final class ComposeSyntaxError implements EngineDiagnostic {
}
