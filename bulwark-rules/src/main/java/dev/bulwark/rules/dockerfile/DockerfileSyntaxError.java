package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/**
 * The parser's problems ({@code Dockerfile.problems()}, spec 1.14), which the engine reports
 * under this code with the parser's range and message.
 */
@RuleInfo(code = "DF001", name = "dockerfile-syntax-error", practice = Practice.SYNTAX,
        severity = Severity.ERROR,
        summary = "The Dockerfile has a syntax error that Docker would reject.",
        fix = "Correct the instruction as the message says; see the Dockerfile reference.")
public final class DockerfileSyntaxError implements EngineDiagnostic {
}
