package dev.bulwark.engine;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import java.util.List;

/**
 * The outcome for one input: its path, the texts its findings point into (its own, and for a
 * Compose project also the override, {@code extends} and included files it read), its findings
 * (suppressions applied), whether it was read, whether something crashed.
 */
public record FileAudit(String path, List<SourceText> sources, List<Finding> findings, boolean readable, boolean crashed) {

    public FileAudit {
        sources = List.copyOf(sources);
        findings = List.copyOf(findings);
    }

    public FileAudit(SourceText source, List<Finding> findings, boolean readable, boolean crashed) {
        this(source.path(), List.of(source), findings, readable, crashed);
    }
}
