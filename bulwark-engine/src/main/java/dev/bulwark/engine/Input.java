package dev.bulwark.engine;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing to audit. {@code path} is how it is shown: {@code /}-separated and relative to the
 * working directory, or {@code -} for standard input.
 */
public sealed interface Input {

    String path();

    /**
     * A file on disk; read (and size-checked) when audited. {@code named} is true when the user
     * named it (or a test built it), false when a directory search found it: a YAML file found by
     * searching that cannot be read is skipped, one the user named is reported.
     */
    record FileInput(String path, Path file, boolean named) implements Input {
        public FileInput {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(file, "file");
        }

        public FileInput(String path, Path file) {
            this(path, file, true);
        }
    }

    /** A stream read once when audited, such as standard input. */
    record StreamInput(String path, InputStream stream) implements Input {
        public StreamInput {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(stream, "stream");
        }
    }

    /** Text already in memory (tests, editors). */
    record TextInput(String path, String text) implements Input {
        public TextInput {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(text, "text");
        }
    }

    static Input file(String path, Path file) {
        return new FileInput(path, file, true);
    }

    /** A file a directory search found. */
    static Input found(String path, Path file) {
        return new FileInput(path, file, false);
    }

    static Input text(String path, String text) {
        return new TextInput(path, text);
    }
}
