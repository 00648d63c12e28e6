package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;

/**
 * Counts shown at the end of every report. {@code failed} is true when some finding is at least
 * as severe as the threshold; the CLI derives its exit code from it.
 */
public record Summary(
        int files, int findings, int errors, int warnings, int infos, Severity failThreshold, boolean failed) {

    public static Summary of(ReportInput in) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        boolean failed = false;
        for (Finding f : in.findings()) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
            failed |= f.severity().atLeast(in.failThreshold());
        }
        return new Summary(in.filesChecked(), in.findings().size(), errors, warnings, infos,
                in.failThreshold(), failed);
    }
}
