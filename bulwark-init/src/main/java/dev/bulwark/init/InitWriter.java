package dev.bulwark.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the files of a setup into a project, leaving every existing file alone unless forced. */
public final class InitWriter {

    /** What happened to each file: written (new), replaced (existed, {@code --force}) or skipped (existed). */
    public record Outcome(List<String> written, List<String> replaced, List<String> skipped) {
        public Outcome {
            written = List.copyOf(written);
            replaced = List.copyOf(replaced);
            skipped = List.copyOf(skipped);
        }
    }

    /** The files of {@code files} that already exist in {@code dir}. */
    public static List<String> existing(Path dir, List<GeneratedFile> files) {
        List<String> existing = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (Files.exists(dir.resolve(file.path()))) {
                existing.add(file.path());
            }
        }
        return existing;
    }

    public Outcome write(Path dir, List<GeneratedFile> files, boolean force) throws IOException {
        List<String> written = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (GeneratedFile file : files) {
            Path target = dir.resolve(file.path());
            boolean exists = Files.exists(target) || Files.isSymbolicLink(target);
            if (exists && !force) {
                skipped.add(file.path());
                continue;
            }
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, file.text(), StandardCharsets.UTF_8);
            (exists ? replaced : written).add(file.path());
        }
        return new Outcome(written, replaced, skipped);
    }
}
