package dev.bulwark.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the command line may touch: its streams, working directory and environment.
 * Commands use only this, never {@code System.*}, so the whole CLI runs in-process in tests.
 */
record Invocation(
        InputStream in,
        PrintStream out,
        PrintStream err,
        Path cwd,
        Map<String, String> env,
        boolean stdoutIsTerminal) {

    Invocation {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        cwd = cwd.toAbsolutePath().normalize();
        env = Map.copyOf(env);
    }

    /** {@code path} resolved against the invocation's working directory. */
    Path resolve(String path) {
        return cwd.resolve(path).normalize();
    }
}
