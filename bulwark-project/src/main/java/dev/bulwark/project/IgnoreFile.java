package dev.bulwark.project;

import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import java.nio.file.Path;
import java.util.Objects;

/** The ignore file a build uses: where it is, its text (for findings and suppressions) and its patterns. */
public record IgnoreFile(Path file, SourceText source, DockerignoreFile patterns) {

    public IgnoreFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(patterns, "patterns");
    }

    /** Whether the file is {@code <Dockerfile>.dockerignore} rather than the context root's {@code .dockerignore}. */
    public boolean isDockerfileSpecific() {
        Path name = file.getFileName();
        return name != null && !name.toString().equals(".dockerignore");
    }
}
