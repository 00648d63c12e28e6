package dev.bulwark.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The archives the package phase made, and the processes the tests run on them. */
final class Archives {
    private Archives() {
    }

    static Path tarGz() {
        return archive(".tar.gz");
    }

    static Path zip() {
        return archive(".zip");
    }

    private static Path archive(String extension) {
        Path file = Repository.root().resolve("bulwark-dist/target/bulwark-" + Repository.version() + extension);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file + ": these tests run after the package phase");
        }
        return file;
    }

    /** Unpacks the tar.gz with tar, as a user would (it keeps bin/bulwark executable); returns the installation. */
    static Path unpack(Path into) {
        try {
            Files.createDirectories(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(into, Map.of(), 60, "tar", "-xzf", tarGz().toString());
        return into.resolve("bulwark-" + Repository.version());
    }

    /** One finished process: exit code, stdout, stderr. */
    record Process(int exit, String out, String err) {
    }

    static Process run(Path cwd, Map<String, String> env, int timeoutSeconds, String... command) {
        return run(cwd, env, List.of(), timeoutSeconds, command);
    }

    /** Runs a command; {@code unset} names environment variables it must not inherit. */
    static Process run(Path cwd, Map<String, String> env, List<String> unset, int timeoutSeconds, String... command) {
        try {
            Path out = Files.createTempFile("bulwark-dist", ".out");
            Path err = Files.createTempFile("bulwark-dist", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().keySet().removeAll(unset);
                builder.environment().putAll(env);
                java.lang.Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
                }
                return new Process(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every file under {@code dir}, relative and {@code /}-separated, sorted. */
    static List<String> files(Path dir) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(null);
        return names;
    }
}
