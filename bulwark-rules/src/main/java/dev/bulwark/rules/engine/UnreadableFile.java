package dev.bulwark.rules.engine;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/** Raised by the engine when a discovered file cannot be read or decoded. */
@RuleInfo(code = "BW001", name = "unreadable-file", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "A file that should be audited could not be read.",
        fix = "Check the file's permissions and encoding (UTF-8), or exclude it from the audit.")
public final class UnreadableFile implements EngineDiagnostic {
}
