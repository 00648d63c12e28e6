package dev.bulwark.cli;

/** What parsing one command's arguments gives: the arguments, a usage error, or a request for help or the version. */
sealed interface ParseOutcome permits ParsedArgs, UsageError, InfoRequest {
}
