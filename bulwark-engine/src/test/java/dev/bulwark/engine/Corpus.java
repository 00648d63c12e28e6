package dev.bulwark.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus's files as inputs; aborts the calling test when the corpus is absent. */
public final class Corpus {
    private Corpus() {
    }

    public static List<Input> dockerfiles() throws IOException {
        return ofKinds(List.of("dockerfile"));
    }

    /** The corpus files of the given {@code kind}s of SOURCES.tsv ({@code compose}, {@code k8s}...), named explicitly. */
    public static List<Input> ofKinds(List<String> kinds) throws IOException {
        Path corpus = shared().resolve("corpus");
        List<String> lines = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        List<Input> inputs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (kinds.contains(cols[3])) {
                inputs.add(Input.file(cols[5], corpus.resolve(cols[5])));
            }
        }
        return inputs;
    }

    /** The shared folder; aborts the calling test when it is absent. */
    public static Path shared() {
        String prop = System.getProperty("bulwark.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of(System.getProperty("bulwark.root", ".")).resolve("../shared");
        Path corpus = shared.resolve("corpus");
        if (!Files.isRegularFile(corpus.resolve("SOURCES.tsv"))) {
            String skipped = "../shared not present: skipping the corpus test";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        return shared;
    }
}
