package dev.bulwark.cli;

import dev.bulwark.engine.config.DidYouMean;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The top-level command: reads the global options, picks the subcommand named by the first
 * other word and runs it with the rest. {@code --debug} is accepted before and after the
 * subcommand's name.
 */
final class BulwarkCommand {
    static final CommandSpec SPEC = new CommandSpec("bulwark",
            "Audit Docker setups of ML projects against the Docker best practices.",
            StandardOptions.ALL, PositionalSpec.none(),
            List.of(CheckCommand.SPEC, FixCommand.SPEC, BaselineCommand.SPEC, InitCommand.SPEC, RulesCommand.SPEC,
                    ExplainCommand.SPEC, MigrateCommand.SPEC),
            List.of("Exit codes: 0 clean, 1 findings at or above --fail-on,",
                    "2 usage or configuration error, 3 internal error."));

    private final Invocation invocation;

    BulwarkCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Runs one command line; returns the exit code. */
    int run(List<String> args) {
        ParseOutcome global = new ArgumentParser(SPEC).parse(args);
        if (!(global instanceof ParsedArgs parsed)) {
            return finish(global, SPEC);
        }
        if (parsed.positionals().isEmpty()) {
            return UsageErrorHandler.report(new UsageError(
                    "Missing a command: check, fix, baseline, init, rules, explain or migrate", SPEC.name()),
                    invocation.err());
        }
        String word = parsed.positionals().get(0);
        Optional<CommandSpec> subcommand = SPEC.subcommand(word);
        if (subcommand.isEmpty()) {
            return UsageErrorHandler.report(new UsageError(unknownCommand(word), SPEC.name()), invocation.err());
        }
        List<String> rest = parsed.positionals().subList(1, parsed.positionals().size());
        ParseOutcome local = new ArgumentParser(subcommand.get()).parse(rest);
        if (!(local instanceof ParsedArgs arguments)) {
            return finish(local, subcommand.get());
        }
        boolean debug = parsed.flag(StandardOptions.DEBUG) || arguments.flag(StandardOptions.DEBUG);
        try {
            return create(word, arguments).call();
        } catch (IOException | RuntimeException e) {
            return InternalErrorHandler.report(e, debug, invocation.err());
        }
    }

    private Command create(String word, ParsedArgs arguments) {
        return switch (word) {
            case "check" -> new CheckCommand(invocation, arguments);
            case "fix" -> new FixCommand(invocation, arguments);
            case "baseline" -> new BaselineCommand(invocation, arguments);
            case "init" -> new InitCommand(invocation, arguments);
            case "rules" -> new RulesCommand(invocation, arguments);
            case "explain" -> new ExplainCommand(invocation, arguments);
            case "migrate" -> new MigrateCommand(invocation, arguments);
            default -> throw new IllegalArgumentException("no command " + word);
        };
    }

    /** A usage error, or the help or version someone asked for. */
    private int finish(ParseOutcome outcome, CommandSpec spec) {
        if (outcome instanceof UsageError error) {
            return UsageErrorHandler.report(error, invocation.err());
        }
        String text = outcome == InfoRequest.HELP ? new HelpFormatter().format(spec) : VersionProvider.versionLine() + "\n";
        invocation.out().print(text);
        invocation.out().flush();
        return ExitCodes.CLEAN;
    }

    private static String unknownCommand(String word) {
        List<String> known = new ArrayList<>();
        for (CommandSpec subcommand : SPEC.subcommands()) {
            known.add(subcommand.word());
        }
        String hint = DidYouMean.hint(word, known);
        return "Unknown command: '" + word + "'" + (hint.isEmpty() ? " (commands: " + String.join(", ", known) + ")" : hint);
    }
}
