package dev.bulwark.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of a small project that a test lays out in a temporary folder. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** Writes {@code text} to {@code path} under {@code root}, creating the folders on the way. */
    public static Path write(Path root, String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }
}
