package dev.bulwark.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the workflow model: one file read as a GitHub workflow and as a
 * GitLab pipeline, every script parsed, every activity extracted. Without {@code JAZZER_FUZZ=1}
 * (as in {@code mvn verify}) it replays the regression inputs and the shared projects' CI files;
 * {@code bench/fuzz.sh workflow MINUTES} fuzzes it.
 */
class WorkflowFuzzTest {

    static Stream<Arguments> corpus() {
        Path shared = Path.of(System.getProperty("bulwark.root", ".")).resolve("../shared").toAbsolutePath().normalize();
        Path tsv = shared.resolve("projects/FILES.tsv");
        List<Arguments> out = new ArrayList<>();
        if (!Files.isRegularFile(tsv)) {
            System.err.println("[skipped] " + shared + " not present: the workflow fuzz target replays its regression inputs only");
            out.add(Arguments.of((Object) "on: push\njobs:\n  a:\n    steps:\n      - run: docker push x\n".getBytes(StandardCharsets.UTF_8)));
            return out.stream();
        }
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] row = line.split("\t");
                if (row[2].equals("ci")) {
                    out.add(Arguments.of((Object) Files.readAllBytes(
                            shared.resolve("projects/" + row[0].replace("/", "__") + "/" + row[1]))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.stream();
    }

    @MethodSource("corpus")
    @FuzzTest
    void read(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /** Total (no exception); every range a rule can report at lies inside the text. */
    static void check(String text) {
        for (String path : List.of(".github/workflows/ci.yml", ".gitlab-ci.yml")) {
            YamlFile yaml = new YamlParser().parse(new SourceText(path, text));
            WorkflowKind.of(path, yaml);
            for (WorkflowKind kind : WorkflowKind.values()) {
                Workflow w = Workflow.read(yaml, kind);
                for (WorkflowProblem p : w.problems()) {
                    inside(p.range(), text);
                }
                for (Job job : w.jobs()) {
                    inside(job.keyRange(), text);
                    for (Step step : job.steps()) {
                        if (step.run().isPresent()) {
                            Script s = step.run().get();
                            for (SimpleCommand c : s.shell().commands()) {
                                inside(c.range(), text);
                                inside(c.nameRange(), text);
                            }
                            for (Expression e : s.expressions()) {
                                inside(e.range(), text);
                            }
                        }
                    }
                }
                for (Activity a : w.activities()) {
                    inside(a.range(), text);
                    if (a instanceof Activity.Scan scan) {
                        inside(scan.whyRange(), text);
                    }
                    if (a instanceof Activity.Build b) {
                        for (Activity.BuildArg arg : b.buildArgs()) {
                            inside(arg.range(), text);
                        }
                    }
                }
            }
        }
    }

    private static void inside(TextRange range, String text) {
        assertThat(range.start()).isGreaterThanOrEqualTo(0);
        assertThat(range.end()).isLessThanOrEqualTo(text.length());
    }
}
