package dev.bulwark.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every Compose and Kubernetes file of the shared corpus composes without crashing. */
class YamlCorpusTest {

    private static Path shared() {
        String prop = System.getProperty("bulwark.shared");
        Path dir = prop != null ? Path.of(prop)
                : Path.of(System.getProperty("bulwark.root", ".")).resolve("../shared");
        if (!Files.isDirectory(dir.resolve("corpus"))) {
            String skipped = "../shared not present: skipping the YAML corpus test";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        return dir;
    }

    @Test
    void corpusYamlComposesWithRangesInsideTheText() throws IOException {
        Path corpus = shared().resolve("corpus");
        List<String> lines = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        int files = 0;
        List<String> withProblems = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (!cols[3].equals("compose") && !cols[3].equals("k8s")) {
                continue;
            }
            String text = Files.readString(corpus.resolve(cols[5]), StandardCharsets.UTF_8);
            YamlFile f = new YamlParser().parse(new SourceText(cols[5], text));
            files++;
            f.documents().forEach(d -> assertThat(d.root().range().end()).isLessThanOrEqualTo(text.length()));
            if (f.hasProblems()) {
                withProblems.add(cols[5] + ": " + f.problems().get(0).message());
            }
        }
        assertThat(files).isGreaterThan(100);
        // Helm templates ({{ ... }}) are not YAML; everything else must compose cleanly.
        assertThat(withProblems).allSatisfy(p -> assertThat(p).containsAnyOf("templates", "{{"));
    }
}
