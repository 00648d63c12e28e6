package dev.bulwark.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: only subcommands do work; {@code --debug} applies to all of them. */
@Command(name = "bulwark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Audit Docker setups of ML projects against the Docker best practices.",
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on,",
            "2 usage or configuration error, 3 internal error."})
final class BulwarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the stack trace of internal errors.")
    private boolean debug;

    boolean debug() {
        return debug;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: check, rules or explain");
    }
}
