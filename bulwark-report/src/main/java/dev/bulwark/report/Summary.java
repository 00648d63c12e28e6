package dev.bulwark.report;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;

/**
 * Counts shown at the end of every report. {@code failed} is true when some finding fails the run
 * at the threshold ({@link FailThreshold#failsOn}, as the engine's verdict and so the exit code);
 * never with {@code none}.
 */
public record Summary(
        int files, int findings, int errors, int warnings, int infos, FailThreshold failThreshold, boolean failed,
        int skipped) {

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
            failed |= in.failThreshold().failsOn(f.severity());
        }
        return new Summary(in.filesChecked(), in.findings().size(), errors, warnings, infos,
                in.failThreshold(), failed, in.skipped().size());
    }
}
