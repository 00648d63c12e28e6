package dev.bulwark.engine.fix;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.AuditResult;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link Fixer} did: the audit before any fix and the audit of the fixed texts, the texts
 * of every changed file before and after (by path), the findings whose fixes were applied (each
 * located in the text of the round that fixed it), the fixes it refused, and how many rounds it
 * took. {@code converged} is false when the round limit stopped it while fixes were still
 * being applied.
 */
public record FixOutcome(
        AuditResult before,
        AuditResult after,
        Map<String, String> originals,
        Map<String, String> fixed,
        List<Finding> applied,
        List<DroppedFix> dropped,
        int rounds,
        boolean converged) {

    public FixOutcome {
        originals = Collections.unmodifiableMap(new TreeMap<>(originals));
        fixed = Collections.unmodifiableMap(new TreeMap<>(fixed));
        applied = List.copyOf(applied);
        dropped = List.copyOf(dropped);
    }

    /** A fix not applied because its edits would have made the file worse. */
    public record DroppedFix(Finding finding, String reason) {
    }
}
