package dev.bulwark.cli;

/**
 * A command line that cannot be run: a one-line message and the command whose help explains it
 * ({@code bulwark check}). Exit code 2.
 */
record UsageError(String message, String command) implements ParseOutcome {
}
