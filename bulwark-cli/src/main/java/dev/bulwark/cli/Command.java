package dev.bulwark.cli;

import java.io.IOException;

/** A subcommand, built from its parsed arguments, ready to run once. */
interface Command {

    /** Runs the command; returns the exit code (README, "Exit codes"). */
    int call() throws IOException;
}
