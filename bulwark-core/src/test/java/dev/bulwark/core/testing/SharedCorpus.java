package dev.bulwark.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared corpus ({@code ../shared/corpus}, listed in {@code SOURCES.tsv}), read in place and
 * never copied into the project. Found through the {@code bulwark.shared} system property the
 * build sets, else beside {@code bulwark.root}.
 */
public final class SharedCorpus {

    /** One corpus file: how it is stored (its name under {@code corpus/}) and its bytes. */
    public record Entry(String storedAs, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return storedAs;
        }
    }

    private SharedCorpus() {
    }

    /** The corpus folder, when {@code ../shared} is present. */
    public static Optional<Path> dir() {
        List<Path> candidates = new ArrayList<>();
        String shared = System.getProperty("bulwark.shared");
        if (shared != null && !shared.isBlank()) {
            candidates.add(Path.of(shared, "corpus"));
        }
        candidates.add(Path.of(System.getProperty("bulwark.root", "."), "..", "shared", "corpus"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p.resolve("SOURCES.tsv"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Every file of this {@code kind} column value ({@code dockerfile}, {@code dockerignore},
     * {@code compose}, {@code k8s}); empty, after printing why, when the corpus is absent, so that
     * a caller seeding a fuzz target or a property still runs without it.
     */
    public static List<Entry> files(String kind, String usedFor) {
        Optional<Path> dir = dir();
        if (dir.isEmpty()) {
            // Printed: surefire shows only counts, and a silent skip looks like coverage.
            System.err.println("[skipped] ../shared not present: " + usedFor + " runs without corpus " + kind + " files");
            return List.of();
        }
        Path corpus = dir.get();
        try {
            List<String> rows = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
            List<String> header = List.of(rows.get(0).split("\t"));
            int kindColumn = header.indexOf("kind");
            int storedColumn = header.indexOf("stored-as");
            List<Entry> entries = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                String[] cols = row.split("\t");
                if (cols.length > Math.max(kindColumn, storedColumn) && cols[kindColumn].equals(kind)) {
                    entries.add(new Entry(cols[storedColumn], Files.readAllBytes(corpus.resolve(cols[storedColumn]))));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
