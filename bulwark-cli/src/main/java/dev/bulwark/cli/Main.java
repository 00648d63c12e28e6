package dev.bulwark.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command line. {@link #main} is the only place that exits; {@link #run} does the work with
 * the streams, directory and environment it is given, so tests run the CLI in-process.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The launcher knows whether stdout is a terminal ([ -t 1 ]); System.console() on Java 17
        // needs stdin to be one as well, so it is only the fallback for a plain `java -jar`.
        String tty = System.getProperty("bulwark.stdout.tty");
        boolean stdoutIsTerminal = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
        Invocation invocation = new Invocation(System.in, System.out, System.err,
                Path.of("").toAbsolutePath(), System.getenv(), stdoutIsTerminal);
        System.exit(run(args, invocation));
    }

    /** Runs one command line with an empty environment and no terminal; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd) {
        return run(args, new Invocation(in, out, err, cwd, Map.of(), false));
    }

    /**
     * The subcommands to register. picocli reflects over every registered command before parsing,
     * which is a noticeable part of start-up, so when the first word names a command only that
     * one is built; otherwise (help, a typo, no command) all are, for the usage text and the
     * "did you mean".
     */
    private static List<Object> subcommands(String[] args, Invocation invocation) {
        String first = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        return switch (first) {
            case "check" -> List.of(new CheckCommand(invocation));
            case "rules" -> List.of(new RulesCommand(invocation));
            case "explain" -> List.of(new ExplainCommand(invocation));
            default -> List.of(new CheckCommand(invocation), new RulesCommand(invocation), new ExplainCommand(invocation));
        };
    }

    /** Runs one command line; returns the exit code (README, "Exit codes"). */
    static int run(String[] args, Invocation invocation) {
        BulwarkCommand root = new BulwarkCommand();
        CommandLine commandLine = new CommandLine(root);
        for (Object subcommand : subcommands(args, invocation)) {
            commandLine.addSubcommand(subcommand);
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(invocation.err(), StandardCharsets.UTF_8), true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler(root::debug));
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
            invocation.out().flush();
            invocation.err().flush();
        }
    }
}
