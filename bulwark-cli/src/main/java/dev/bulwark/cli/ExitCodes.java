package dev.bulwark.cli;

/** The process exit codes: part of the command-line contract (README, "Exit codes"). */
final class ExitCodes {
    /** No finding at or above the threshold. */
    static final int CLEAN = 0;
    /** At least one finding at or above the {@code --fail-on} threshold. */
    static final int FINDINGS = 1;
    /** Bad options, a missing path, an unreadable or invalid configuration. */
    static final int USAGE = 2;
    /** A bug in bulwark: a rule crashed or the run itself failed. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
