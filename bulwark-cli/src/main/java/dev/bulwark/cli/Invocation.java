package dev.bulwark.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the command line may touch: its streams, working directory and environment.
 * Commands use only this, never {@code System.*}, so the whole CLI runs in-process in tests.
 * {@code stderrIsTerminal} is true when a person watches stderr (a console and a terminal on
 * stderr): only then may a long run show its progress there.
 */
record Invocation(
        InputStream in,
        PrintStream out,
        PrintStream err,
        Path cwd,
        Map<String, String> env,
        boolean stdoutIsTerminal,
        boolean stderrIsTerminal) {

    Invocation {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        cwd = cwd.toAbsolutePath().normalize();
        env = Map.copyOf(env);
    }

    /** An invocation whose stderr is not a terminal. */
    Invocation(InputStream in, PrintStream out, PrintStream err, Path cwd, Map<String, String> env,
               boolean stdoutIsTerminal) {
        this(in, out, err, cwd, env, stdoutIsTerminal, false);
    }

    /** {@code path} resolved against the invocation's working directory. */
    Path resolve(String path) {
        return cwd.resolve(path).normalize();
    }
}
