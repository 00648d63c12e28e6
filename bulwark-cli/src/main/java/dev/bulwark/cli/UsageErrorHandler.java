package dev.bulwark.cli;

import java.io.PrintStream;

/**
 * A bad option or argument: the one-line message (with its "did you mean") and where the full
 * help is, instead of the whole usage text. Exit code 2.
 */
final class UsageErrorHandler {
    private UsageErrorHandler() {
    }

    static int report(UsageError error, PrintStream err) {
        err.println("bulwark: " + error.message());
        err.println("Try '" + error.command() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
