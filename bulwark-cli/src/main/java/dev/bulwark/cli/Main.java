package dev.bulwark.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        // Progress needs a person at a console with stderr on the terminal ([ -t 2 ] in the launcher).
        String errTty = System.getProperty("bulwark.stderr.tty");
        boolean stderrIsTerminal = System.console() != null && (errTty == null || Boolean.parseBoolean(errTty));
        Invocation invocation = new Invocation(System.in, System.out, System.err,
                Path.of("").toAbsolutePath(), System.getenv(), stdoutIsTerminal, stderrIsTerminal);
        int code = run(args, invocation);
        // From JDK 21 on, System.exit looks up a System.Logger for the exit event, which scans every
        // jar of the class path for logging services: 30 ms of a one-file check on JDK 25. The CLI
        // registers no shutdown hook and run() has flushed stdout and stderr, so halting is the
        // same exit without that. (A JVM option that relies on shutdown hooks, such as JFR's
        // dumponexit, is then not honoured on those JDKs.)
        if (Runtime.version().feature() >= 21) {
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** Runs one command line with an empty environment and no terminal; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd) {
        return run(args, new Invocation(in, out, err, cwd, Map.of(), false));
    }

    /** Runs one command line; returns the exit code (README, "Exit codes"). */
    static int run(String[] args, Invocation invocation) {
        try {
            return new BulwarkCommand(invocation).run(List.of(args));
        } finally {
            invocation.out().flush();
            invocation.err().flush();
        }
    }
}
