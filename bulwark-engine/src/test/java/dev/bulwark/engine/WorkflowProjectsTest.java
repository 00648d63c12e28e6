package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every CI file of the shared projects ({@code FILES.tsv} category {@code ci}) through the engine
 * with every rule: no crash, no syntax finding (the files are valid YAML and valid workflows), and
 * the number of findings per CI rule pinned, so a change in precision shows here.
 */
class WorkflowProjectsTest {

    @Test
    void everySharedWorkflowIsAuditedWithoutCrashOrSyntaxFinding() throws IOException {
        Path shared = Path.of(System.getProperty("bulwark.root", ".")).resolve("../shared").toAbsolutePath().normalize();
        if (!Files.isRegularFile(shared.resolve("projects/FILES.tsv"))) {
            String why = shared + " not present: skipping the workflow run over the shared projects";
            System.err.println("[skipped] " + why);
            Assumptions.abort(why);
        }
        List<String> lines = Files.readAllLines(shared.resolve("projects/FILES.tsv"), StandardCharsets.UTF_8);
        List<Input> inputs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t");
            if (row[2].equals("ci")) {
                String display = "projects/" + row[0].replace("/", "__") + "/" + row[1];
                inputs.add(Input.found(display, shared.resolve(display)));
            }
        }
        assertThat(inputs).hasSize(541);
        AuditResult r = new Auditor(BuiltinRules.all(), 2).audit(inputs, Settings.defaults());
        Map<String, Integer> perRule = new TreeMap<>();
        for (Finding f : r.findings()) {
            perRule.merge(f.rule().code(), 1, Integer::sum);
        }
        System.out.println("[workflow projects] findings per rule " + perRule + ", skipped " + r.skipped().size());
        assertThat(perRule).doesNotContainKeys("BW002", "CI001", "BW001");
        assertThat(r.filesChecked()).isEqualTo(477);
        assertThat(perRule).containsExactlyInAnyOrderEntriesOf(Map.of("CI002", 56, "CI004", 48, "CI005", 1,
                "CI007", 421, "CI008", 10, "CI010", 42, "CI012", 53));
    }
}
