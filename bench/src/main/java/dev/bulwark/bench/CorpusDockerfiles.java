package dev.bulwark.bench;

import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Dockerfiles of the shared corpus ({@code SOURCES.tsv} rows of kind {@code dockerfile}),
 * read into memory once so the benchmarks measure parsing and checking, not disk I/O.
 */
final class CorpusDockerfiles {
    private CorpusDockerfiles() {
    }

    /** The shared folder: system property {@code bulwark.shared}, else {@code ../shared}. */
    static Path shared() {
        return Path.of(System.getProperty("bulwark.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** Every corpus Dockerfile; fails with a clear message when the corpus is absent. */
    static List<SourceText> load() throws IOException {
        Path corpus = shared().resolve("corpus");
        Path sources = corpus.resolve("SOURCES.tsv");
        if (!Files.isRegularFile(sources)) {
            throw new IllegalStateException(sources + " not present: the benchmark needs the shared corpus"
                    + " (set -Dbulwark.shared=DIR)");
        }
        List<SourceText> files = new ArrayList<>();
        for (String line : Files.readAllLines(sources, StandardCharsets.UTF_8)) {
            // Columns: repo, commit, path, kind, license, stored-as.
            String[] cols = line.split("\t");
            if (cols.length >= 6 && cols[3].equals("dockerfile")) {
                Path file = corpus.resolve(cols[5]);
                files.add(new SourceText(cols[5], Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return List.copyOf(files);
    }
}
