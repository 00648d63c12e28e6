package dev.bulwark.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every CI file of the shared projects ({@code FILES.tsv} category {@code ci}) is read with zero
 * exceptions, every script range lies inside its file, and the counts of what the workflows do
 * are pinned, so a change in what the model recognises shows here.
 */
class WorkflowCorpusTest {

    @Test
    void everySharedWorkflowIsReadAndItsActivitiesAreCounted() throws IOException {
        Path shared = sharedOrSkip();
        List<String> lines = Files.readAllLines(shared.resolve("projects/FILES.tsv"), StandardCharsets.UTF_8);
        YamlParser parser = new YamlParser();
        Map<String, Integer> counts = new TreeMap<>();
        List<String> yamlErrors = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> notWorkflows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t");
            if (!row[2].equals("ci")) {
                continue;
            }
            String display = "projects/" + row[0].replace("/", "__") + "/" + row[1];
            if (seen.contains(display)) {
                continue;
            }
            seen.add(display);
            Path file = shared.resolve(display);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            YamlFile yaml = parser.parse(new SourceText(display, text));
            if (yaml.hasProblems()) {
                yamlErrors.add(display);
            }
            Optional<WorkflowKind> kind = WorkflowKind.of(display, yaml);
            count(counts, "files");
            if (kind.isEmpty()) {
                count(counts, "not a workflow");
                if (display.contains(".github/workflows/")) {
                    notWorkflows.add(display);
                }
                continue;
            }
            Workflow w = Workflow.read(yaml, kind.get());
            count(counts, kind.get().name());
            for (WorkflowProblem p : w.problems()) {
                problems.add(display + " " + p.message());
            }
            for (Job job : w.jobs()) {
                count(counts, "jobs");
                for (Step step : job.steps()) {
                    count(counts, "steps");
                    if (step.run().isPresent()) {
                        count(counts, "scripts");
                        Script s = step.run().get();
                        if (s.shell().hasProblems()) {
                            count(counts, "scripts with shell problems");
                        }
                        for (var c : s.shell().commands()) {
                            assertThat(c.range().end()).isLessThanOrEqualTo(text.length());
                            assertThat(s.node().range().contains(c.nameRange()))
                                    .as("%s %s", display, c.nameRange()).isTrue();
                        }
                    }
                }
            }
            for (Activity a : w.activities()) {
                String kindName = a.getClass().getSimpleName();
                count(counts, kindName);
                if (a instanceof Activity.Scan scan) {
                    count(counts, "Scan " + scan.tool() + (scan.failsJob() ? " failing" : " not failing"));
                }
                if (a instanceof Activity.Build b) {
                    count(counts, "Build " + b.tool());
                }
                assertThat(a.range().end()).isLessThanOrEqualTo(text.length());
            }
        }
        counts.forEach((k, v) -> System.out.println("[workflow corpus] " + k + ": " + v));
        problems.forEach(p -> System.out.println("[workflow corpus] problem " + p));
        System.out.println("[workflow corpus] YAML errors " + yamlErrors);
        System.out.println("[workflow corpus] not workflows " + notWorkflows);
        assertThat(yamlErrors).isEmpty();
        assertThat(problems).isEmpty();
        // 49 composite actions elsewhere; under .github/workflows/ 7 disabled workflows without `on:` and 8 composite actions.
        assertThat(notWorkflows).hasSize(15);
        assertThat(counts).containsEntry("files", 541).containsEntry("GITHUB_ACTIONS", 477)
                .containsEntry("not a workflow", 64).containsEntry("jobs", 991).containsEntry("steps", 4678)
                .containsEntry("scripts", 2048);
        // What the project graph will see: image builds, pushes, scans and tests.
        assertThat(counts).containsEntry("Build", 112).containsEntry("Build docker/build-push-action", 81)
                .containsEntry("Build docker build", 18).containsEntry("Build docker buildx build", 12)
                .containsEntry("Build docker buildx bake", 1).containsEntry("Push", 69).containsEntry("Login", 8)
                .containsEntry("Scan", 6).containsEntry("Scan Trivy failing", 2).containsEntry("Scan Trivy not failing", 1)
                .containsEntry("Scan Snyk not failing", 3).containsEntry("Test", 278);
    }

    private static void count(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }

    static Path sharedOrSkip() {
        Path shared = Path.of(System.getProperty("bulwark.root", ".")).resolve("../shared").toAbsolutePath().normalize();
        String prop = System.getProperty("bulwark.shared");
        if (prop != null && !prop.isBlank()) {
            shared = Path.of(prop);
        }
        if (!Files.isRegularFile(shared.resolve("projects/FILES.tsv"))) {
            String why = "../shared not present: skipping the workflow corpus test";
            System.err.println("[skipped] " + why);
            Assumptions.abort(why);
        }
        return shared;
    }
}
