package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProblem;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/**
 * What Docker Compose refuses to load: YAML that does not parse, a structure the Compose
 * Specification's schema rejects, an invalid interpolation, a broken {@code extends} or
 * {@code include}. The engine reports the loader's problems under this code, each at its exact
 * range, except unset variables ({@code DC002}) and missing files ({@code DC016}).
 */
@RuleInfo(code = "DC001", name = "compose-syntax-error", practice = Practice.SYNTAX,
        severity = Severity.ERROR,
        summary = "The Compose file is not valid YAML or not a valid Compose file.",
        fix = "Correct the file as the message says; see the Compose Specification.")
public final class ComposeSyntaxError implements EngineDiagnostic {

    /** The loader's problems that are this rule's business: all but unset variables and missing files. */
    public static boolean isOwnProblem(ComposeProblem problem) {
        return !UnsetVariable.isOwnProblem(problem) && !ReferencedFileMissing.isOwnProblem(problem);
    }
}
