package dev.bulwark.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process and captures what it printed. */
final class Cli {
    private Cli() {
    }

    /** One finished run: exit code, stdout, stderr. */
    record Run(int exit, String out, String err) {
    }

    static Run run(Path cwd, String... args) {
        return run(cwd, "", Map.of(), false, args);
    }

    static Run withStdin(Path cwd, String stdin, String... args) {
        return run(cwd, stdin, Map.of(), false, args);
    }

    static Run inTerminal(Path cwd, Map<String, String> env, boolean terminal, String... args) {
        return run(cwd, "", env, terminal, args);
    }

    private static Run run(Path cwd, String stdin, Map<String, String> env, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, new Invocation(in, o, e, cwd, env, terminal));
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
