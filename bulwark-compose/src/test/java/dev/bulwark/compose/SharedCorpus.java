package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlParser;
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
    private SharedCorpus() {
    }

    /** The shared folder; aborts the test visibly when it is absent. */
    static Path shared() {
        String prop = System.getProperty("bulwark.shared");
        Path dir = prop != null && !prop.isBlank() ? Path.of(prop)
                : Path.of(System.getProperty("bulwark.root", ".")).resolve("../shared");
        if (!Files.isRegularFile(dir.resolve("corpus/SOURCES.tsv"))) {
            String skipped = "../shared not present: skipping the Compose corpus test";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        return dir.toAbsolutePath().normalize();
    }

    /** The {@code stored-as} paths of corpus files of kind {@code compose}, relative to {@code corpus/}. */
    static List<String> corpusComposeFiles(Path shared) {
        try {
            List<String> rows = Files.readAllLines(shared.resolve("corpus/SOURCES.tsv"), StandardCharsets.UTF_8);
            List<String> header = List.of(rows.get(0).split("\t"));
            int kind = header.indexOf("kind");
            int stored = header.indexOf("stored-as");
            List<String> result = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                String[] cols = row.split("\t");
                if (cols.length > Math.max(kind, stored) && cols[kind].equals("compose")) {
                    result.add(cols[stored]);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Compose files of {@code projects/}, as {@code owner__repo/path}, from FILES.tsv (category {@code compose}). */
    static List<Path> projectComposeFiles(Path shared) {
        try {
            Path projects = shared.resolve("projects");
            List<String> rows = Files.readAllLines(projects.resolve("FILES.tsv"), StandardCharsets.UTF_8);
            List<Path> result = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                String[] cols = row.split("\t");
                if (cols.length >= 3 && cols[2].equals("compose")) {
                    result.add(projects.resolve(cols[0].replace('/', '_').replaceFirst("_", "__")).resolve(cols[1]));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ComposeInput input(Path file, Path displayBase) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SourceText source = new SourceText(displayBase.relativize(file).toString().replace('\\', '/'), text);
            return new ComposeInput(Optional.of(file), source, new YamlParser().parse(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
