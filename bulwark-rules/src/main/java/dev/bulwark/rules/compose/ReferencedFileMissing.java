package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProblem;
import dev.bulwark.compose.ProblemKind;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/**
 * A file the Compose project refers to that does not exist: an {@code include}, an
 * {@code extends} file, a required {@code env_file}. The engine reports the loader's
 * {@code MISSING_FILE} problems under this code, at the reference.
 */
@RuleInfo(code = "DC016", name = "referenced-file-missing", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "A Compose file refers to a file that does not exist (include, extends, env_file).",
        fix = "Add the file, fix the path, or mark an optional env file `required: false`.")
public final class ReferencedFileMissing implements EngineDiagnostic {

    /** The loader's problems that are this rule's business. */
    public static boolean isOwnProblem(ComposeProblem problem) {
        return problem.kind() == ProblemKind.MISSING_FILE;
    }
}
