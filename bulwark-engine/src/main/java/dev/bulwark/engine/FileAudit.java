package dev.bulwark.engine;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import java.util.List;

/** The outcome for one input: its text, its findings (suppressions applied), whether it was read, whether something crashed. */
record FileAudit(SourceText source, List<Finding> findings, boolean readable, boolean crashed) {

    FileAudit {
        findings = List.copyOf(findings);
    }
}
