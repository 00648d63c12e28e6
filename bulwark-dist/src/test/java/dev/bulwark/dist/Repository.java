package dev.bulwark.dist;

import dev.bulwark.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The source checkout the build runs in, and the command line run in-process from its root. */
final class Repository {
    private Repository() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("bulwark.root", "..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("bulwark-dist/pom.xml"))) {
            throw new IllegalStateException("not the repository root: " + root);
        }
        return root;
    }

    /** The version the build packages, as the build passes it (bulwark-dist/pom.xml). */
    static String version() {
        String version = System.getProperty("bulwark.version");
        if (version == null || version.isEmpty()) {
            throw new IllegalStateException("bulwark.version is not set (surefire configuration of bulwark-dist)");
        }
        return version;
    }

    /** One finished run: exit code, stdout, stderr. */
    record Run(int exit, String out, String err) {
    }

    /** {@code bulwark ARGS} run in this JVM from {@code cwd}. */
    static Run inProcess(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, new ByteArrayInputStream(new byte[0]), o, e, cwd);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
