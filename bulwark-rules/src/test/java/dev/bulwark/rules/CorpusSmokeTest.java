package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Every runnable rule over every corpus Dockerfile: no exception, findings-per-rule table printed. */
class CorpusSmokeTest {

    static Path shared() {
        String prop = System.getProperty("bulwark.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String root = System.getProperty("bulwark.root");
        return (root != null && !root.isBlank() ? Path.of(root) : Path.of("..")).resolve("../shared");
    }

    @Test
    void allRulesRunOnEveryCorpusDockerfile() throws IOException {
        Path corpus = shared().resolve("corpus");
        Path sources = corpus.resolve("SOURCES.tsv");
        if (!Files.isRegularFile(sources)) {
            String skipped = shared() + " not present: skipping the corpus smoke test";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        int kind = header.indexOf("kind");
        int storedAs = header.indexOf("stored-as");
        List<Rule> rules = RunnableRules.runnable();
        Map<String, Integer> findings = new TreeMap<>();
        Map<String, Integer> files = new TreeMap<>();
        rules.forEach(r -> {
            findings.put(Rules.meta(r).code(), 0);
            files.put(Rules.meta(r).code(), 0);
        });
        List<String> failures = new ArrayList<>();
        int dockerfiles = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length <= Math.max(kind, storedAs) || !cols[kind].equals("dockerfile")) {
                continue;
            }
            dockerfiles++;
            Path file = corpus.resolve(cols[storedAs]);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            RunnableRules.Parsed parsed = RunnableRules.Parsed.of(cols[storedAs], text);
            for (Rule rule : rules) {
                String code = Rules.meta(rule).code();
                try {
                    int n = RunnableRules.run(rule, parsed).size();
                    findings.merge(code, n, Integer::sum);
                    files.merge(code, n > 0 ? 1 : 0, Integer::sum);
                } catch (RuntimeException | AssertionError e) {
                    failures.add(code + " on " + cols[storedAs] + ": " + e);
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format("%nrule    %-28s %8s %6s%n", "name", "findings", "files"));
        for (Rule rule : rules) {
            String code = Rules.meta(rule).code();
            table.append(String.format("%-7s %-28s %8d %6d%n", code, Rules.meta(rule).name(), findings.get(code),
                    files.get(code)));
        }
        table.append(String.format("%d Dockerfiles%n", dockerfiles));
        System.out.print(table);
        assertThat(failures).as("rules failing on corpus files").isEmpty();
        assertThat(dockerfiles).as("corpus Dockerfiles").isEqualTo(389);
    }
}
