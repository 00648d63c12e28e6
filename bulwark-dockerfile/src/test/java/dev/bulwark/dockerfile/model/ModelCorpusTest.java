package dev.bulwark.dockerfile.model;

import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The model over every Dockerfile of the shared corpus: no exception, every query answers. */
class ModelCorpusTest {

    private static Path corpus() {
        String prop = System.getProperty("bulwark.shared");
        Path dir = prop != null ? Path.of(prop)
                : Path.of(System.getProperty("bulwark.root", ".")).resolve("../shared");
        if (!Files.isRegularFile(dir.resolve("corpus/SOURCES.tsv"))) {
            String skipped = "../shared not present: skipping the Dockerfile model corpus test";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        return dir.resolve("corpus");
    }

    @Test
    void everyCorpusDockerfileHasAModel() throws IOException {
        Path corpus = corpus();
        List<String> lines = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        int files = 0;
        int stages = 0;
        int images = 0;
        int unresolved = 0;
        int invalid = 0;
        int scripts = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (!cols[3].equals("dockerfile")) {
                continue;
            }
            String text = Files.readString(corpus.resolve(cols[5]), StandardCharsets.UTF_8);
            Dockerfile file = DockerfileParser.parse(new SourceText(cols[5], text));
            DockerfileModel model = DockerfileModel.of(file);
            files++;
            for (Stage stage : model.stages()) {
                stages++;
                if (stage.base() instanceof ImageBase image) {
                    images++;
                    if (!image.fullyResolved()) {
                        unresolved++;
                    } else if (!image.ref().isValid()) {
                        invalid++;
                    }
                }
                stage.dependencies().forEach(d -> assertThat(model.stages()).contains(d));
            }
            for (Instruction instruction : file.instructions()) {
                assertThat(model.variablesAt(instruction)).isNotNull();
                if (model.script(instruction).isPresent()) {
                    scripts++;
                }
                if (instruction instanceof RunInstruction run) {
                    scripts += model.heredocScripts(run).size();
                }
            }
            assertThat(model.stagesReachableFromFinal()).containsAll(model.finalStage().stream().toList());
        }
        System.out.printf("corpus model: %d Dockerfiles, %d stages, %d image bases, %d not fully resolved, "
                + "%d resolved but invalid, %d shell scripts%n", files, stages, images, unresolved, invalid, scripts);
        assertThat(files).isEqualTo(lines.stream().skip(1).filter(l -> l.split("\t")[3].equals("dockerfile")).count());
        assertThat(files).isGreaterThan(300);
        assertThat(scripts).isGreaterThan(files);
    }
}
