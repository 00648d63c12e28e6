package dev.bulwark.cli;

import java.io.PrintStream;

/**
 * What escapes a command is a bug in bulwark (user errors are handled where they happen): a short
 * message and exit 3, the stack trace only with {@code --debug}.
 */
final class InternalErrorHandler {
    private InternalErrorHandler() {
    }

    static int report(Exception exception, boolean debug, PrintStream err) {
        err.println("bulwark: internal error: " + describe(exception));
        if (debug) {
            exception.printStackTrace(err);
        } else {
            err.println("bulwark: run again with --debug for the stack trace, and please report it");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static String describe(Throwable exception) {
        String message = exception.getMessage();
        String type = exception.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
