package dev.bulwark.dockerfile.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The shared corpus (`SOURCES.tsv`, kind `dockerfile`), read in place, never copied. */
final class Corpus {

    record Entry(String storedAs, String text) {
    }

    private Corpus() {
    }

    /** The shared folder, from {@code bulwark.shared} or {@code <bulwark.root>/../shared}. */
    static Optional<Path> sharedDir() {
        String shared = System.getProperty("bulwark.shared");
        List<Path> candidates = new ArrayList<>();
        if (shared != null && !shared.isBlank()) {
            candidates.add(Path.of(shared));
        }
        candidates.add(Path.of(System.getProperty("bulwark.root", ".")).resolve("../shared"));
        return candidates.stream().filter(p -> Files.isRegularFile(p.resolve("corpus/SOURCES.tsv"))).findFirst();
    }

    static List<Entry> dockerfiles(Path shared) {
        Path corpus = shared.resolve("corpus");
        try {
            List<String> rows = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
            String[] header = rows.get(0).split("\t");
            int kind = List.of(header).indexOf("kind");
            int stored = List.of(header).indexOf("stored-as");
            List<Entry> entries = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                String[] cols = row.split("\t");
                if (cols.length > Math.max(kind, stored) && cols[kind].equals("dockerfile")) {
                    entries.add(new Entry(cols[stored], Files.readString(corpus.resolve(cols[stored]), StandardCharsets.UTF_8)));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
