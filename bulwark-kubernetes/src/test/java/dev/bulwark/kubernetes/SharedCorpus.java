package dev.bulwark.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus and projects ({@code ../shared}), read in place, never copied. */
final class SharedCorpus {

    /** A file of the corpus: its display path (relative to the shared folder) and real path. */
    record Entry(String repo, String display, Path path) {
    }

    private SharedCorpus() {
    }

    /** The shared folder, or a visible skip when it is absent. */
    static Path sharedOrSkip() {
        Optional<Path> shared = sharedDir();
        if (shared.isEmpty()) {
            String why = "../shared not present: skipping the Kubernetes corpus test";
            System.err.println("[skipped] " + why);
            Assumptions.abort(why);
        }
        return shared.get();
    }

    static Optional<Path> sharedDir() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("bulwark.shared");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of(System.getProperty("bulwark.root", ".")).resolve("../shared"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p.resolve("corpus/SOURCES.tsv"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@code corpus/SOURCES.tsv} rows of kind {@code k8s}. */
    static List<Entry> corpusManifests(Path shared) {
        List<Entry> entries = new ArrayList<>();
        for (String[] row : rows(shared.resolve("corpus/SOURCES.tsv"))) {
            if (row[3].equals("k8s")) {
                entries.add(new Entry(row[0], "corpus/" + row[5], shared.resolve("corpus").resolve(row[5])));
            }
        }
        return entries;
    }

    /** {@code projects/FILES.tsv} rows of category {@code k8s}, at their real place in the project layout. */
    static List<Entry> projectManifests(Path shared) {
        List<Entry> entries = new ArrayList<>();
        for (String[] row : rows(shared.resolve("projects/FILES.tsv"))) {
            if (row[2].equals("k8s")) {
                String dir = row[0].replace('/', '_').replace("_", "__");
                String display = "projects/" + dir + "/" + row[1];
                entries.add(new Entry(row[0], display, shared.resolve(display)));
            }
        }
        return entries;
    }

    private static List<String[]> rows(Path tsv) {
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                rows.add(line.split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
