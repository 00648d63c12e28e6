package dev.bulwark.report;

import dev.bulwark.core.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What {@code bulwark fix} did, for its JSON report (the top-level {@code fix} object beside the
 * report of what remains): whether files were written (not with {@code --diff}), whether unsafe
 * fixes were asked for, whether the rounds settled, the files changed, the findings whose fixes
 * were applied (each located in the text of the round that fixed it), those refused and why, and
 * the unified diff when one was asked for.
 */
public record FixRun(boolean written, boolean unsafeFixes, boolean converged, int rounds, List<String> changedFiles,
                     List<Finding> applied, List<NotApplied> notApplied, Optional<String> diff) {

    public FixRun {
        changedFiles = List.copyOf(changedFiles);
        applied = List.copyOf(applied);
        notApplied = List.copyOf(notApplied);
    }

    /** A fix not applied, and why. */
    public record NotApplied(Finding finding, String reason) {
    }
}
