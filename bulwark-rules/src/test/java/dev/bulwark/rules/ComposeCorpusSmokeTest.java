package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.compose.ComposeRule;
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
 * Every Compose rule over every corpus Compose file, whole and cut short at many lines (broken
 * YAML, services cut in half): no exception, and every finding keeps the reporting contract the
 * test sink checks (spans in their file, no secret text in messages).
 */
class ComposeCorpusSmokeTest {

    @Test
    void composeRulesRunOnEveryCorpusFileAndItsTruncations() throws IOException {
        Path corpus = CorpusSmokeTest.shared().resolve("corpus");
        Path sources = corpus.resolve("SOURCES.tsv");
        if (!Files.isRegularFile(sources)) {
            String skipped = CorpusSmokeTest.shared() + " not present: skipping the Compose corpus smoke test";
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        int kind = header.indexOf("kind");
        int storedAs = header.indexOf("stored-as");
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : BuiltinRules.all()) {
            if (rule instanceof ComposeRule) {
                rules.add(rule);
            }
        }
        Map<String, Integer> findings = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int files = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length <= Math.max(kind, storedAs) || !cols[kind].equals("compose")) {
                continue;
            }
            files++;
            String text = Files.readString(corpus.resolve(cols[storedAs]), StandardCharsets.UTF_8);
            List<String> variants = new ArrayList<>();
            variants.add(text);
            String[] textLines = text.split("\n", -1);
            for (int cut = 3; cut < textLines.length; cut += 7) {
                variants.add(String.join("\n", java.util.Arrays.copyOfRange(textLines, 0, cut)));
            }
            for (int v = 0; v < variants.size(); v++) {
                for (Rule rule : rules) {
                    try {
                        int n = YamlRules.runCompose(rule, variants.get(v)).size();
                        if (v == 0) {
                            findings.merge(Rules.meta(rule).code(), n, Integer::sum);
                        }
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(cols[storedAs] + " (variant " + v + ") " + Rules.meta(rule).code() + ": " + e);
                    }
                }
            }
        }
        System.out.println("Compose corpus: " + files + " files, findings per rule " + findings);
        assertThat(files).isPositive();
        assertThat(failures).isEmpty();
    }
}
