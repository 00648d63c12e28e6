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

    /** A file on disk; read (and size-checked) when audited. */
    record FileInput(String path, Path file) implements Input {
        public FileInput {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(file, "file");
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
        return new FileInput(path, file);
    }

    static Input text(String path, String text) {
        return new TextInput(path, text);
    }
}
