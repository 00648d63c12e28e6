package dev.bulwark.engine.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code .bulwark.yaml}. Touches no YAML code, so a run without a config file never loads it. */
public final class ConfigFiles {
    public static final String FILE_NAME = ".bulwark.yaml";

    private ConfigFiles() {
    }

    /** The nearest {@code .bulwark.yaml} in {@code start} or one of its parents, up to the filesystem root. */
    public static Optional<Path> findUpward(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
