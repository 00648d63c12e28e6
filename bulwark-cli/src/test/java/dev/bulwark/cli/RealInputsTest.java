package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI on real inputs: the bundled example and the shared corpus. */
class RealInputsTest {

    private static Path root() {
        return Path.of(System.getProperty("bulwark.root", "..")).toAbsolutePath().normalize();
    }

    private static Path shared() {
        String property = System.getProperty("bulwark.shared");
        return (property != null ? Path.of(property) : root().resolve("../shared")).toAbsolutePath().normalize();
    }

    @Test
    void exampleHasFindingsOnlyInTheDeliberatelySloppyDockerfile() throws IOException {
        Path example = root().resolve("examples/ml-service");
        Cli.Run run = checkExample("examples/ml-service");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        List<String> strings = CheckCommandTest.jsonStrings(run.out());
        assertThat(strings).contains("examples/ml-service/exporter/Dockerfile")
                .doesNotContain("examples/ml-service/Dockerfile");
        // Each deliberate mistake of the exporter is caught.
        assertThat(strings).contains("latest-tag", "apt-lists-kept", "secret-in-arg-or-env", "pip-no-cache-dir", "root-user",
                "apt-no-install-recommends", "shell-form-command");
        assertThat(Files.readString(example.resolve("exporter/Dockerfile"))).contains("# deliberate mistake:");
    }

    /**
     * The examples' READMEs promise that every finding is a deliberate mistake marked in its file,
     * and that every marked mistake is caught: a mark governs the first line of code after it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"examples/ml-service", "examples/ml-platform"})
    void everyFindingOfAnExampleIsAMarkedMistakeAndEveryMarkIsCaught(String folder) throws IOException {
        Path example = root().resolve(folder);
        Cli.Run run = checkExample(folder);
        Map<String, Set<Integer>> findingLines = findingLines(run.out());
        Map<String, Set<Integer>> markedLines = new TreeMap<>();
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (file.getFileName().toString().endsWith(".md")) {
                    continue;
                }
                Set<Integer> marked = linesAfterMarks(Files.readAllLines(file));
                if (!marked.isEmpty()) {
                    markedLines.put(root().relativize(file).toString().replace('\\', '/'), marked);
                }
            }
        }
        assertThat(markedLines).as("the example marks its mistakes").isNotEmpty();
        assertThat(markedLines.keySet()).as("files with findings").containsAll(findingLines.keySet());
        markedLines.forEach((file, lines) -> assertThat(findingLines.getOrDefault(file, Set.of()))
                .as("lines with findings in " + file).containsAll(lines));
    }

    /**
     * The second example is a whole project: its mistakes are only visible across files (the
     * project rules) or in its CI workflow, and the graph keeps `root-user` and
     * `missing-healthcheck` off the images whose deployments take care of them.
     */
    @Test
    void projectExampleExercisesCrossFileAndWorkflowRules() throws IOException {
        Cli.Run run = checkExample("examples/ml-platform");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        List<String> strings = CheckCommandTest.jsonStrings(run.out());
        Set<String> rules = new TreeSet<>();
        for (String s : strings) {
            if (s.matches("(PJ|CI)\\d{3}")) {
                rules.add(s);
            }
        }
        assertThat(rules).as("cross-file and CI rules the example exercises").hasSizeGreaterThanOrEqualTo(8)
                .contains("PJ001", "PJ002", "PJ003", "PJ004", "PJ005", "PJ006");
        assertThat(strings).doesNotContain("root-user", "missing-healthcheck");
    }

    /**
     * The JSON report of an example folder (the test is skipped without it), judged as of a fixed
     * day: the examples mark their mistakes, and an image reaching its end of life is not one.
     */
    private static Cli.Run checkExample(String folder) {
        Assumptions.assumeTrue(Files.isDirectory(root().resolve(folder)), folder + " not present");
        return Cli.run(root(), "check", folder, "--format", "json", "--as-of", "2026-11-01");
    }

    /** The first code line after each run of comment lines holding a {@code # deliberate mistake:} mark. */
    private static Set<Integer> linesAfterMarks(List<String> lines) {
        Set<Integer> marked = new TreeSet<>();
        boolean pending = false;
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = lines.get(i).trim();
            if (trimmed.startsWith("#")) {
                pending |= trimmed.startsWith("# deliberate mistake:");
            } else if (pending && !trimmed.isEmpty()) {
                marked.add(i + 1);
                pending = false;
            }
        }
        return marked;
    }

    /** Path to the lines of its findings, read from the JSON report's findings array. */
    private static Map<String, Set<Integer>> findingLines(String json) throws IOException {
        Map<String, Set<Integer>> lines = new TreeMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            String path = null;
            int depth = 0;
            boolean inFindings = false;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    inFindings &= depth >= 2;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    inFindings = parser.getCurrentName().equals("findings");
                } else if (inFindings && depth == 3 && t == JsonToken.VALUE_STRING && "path".equals(parser.getCurrentName())) {
                    path = parser.getText();
                } else if (inFindings && depth == 3 && t == JsonToken.VALUE_NUMBER_INT && "line".equals(parser.getCurrentName())) {
                    lines.computeIfAbsent(path, k -> new TreeSet<>()).add(parser.getIntValue());
                }
            }
        }
        return lines;
    }

    @Test
    void readmeConfigurationExampleIsValid(@TempDir Path dir) throws IOException {
        Path readme = root().resolve("README.md");
        Assumptions.assumeTrue(Files.isRegularFile(readme), "README.md not present");
        String text = Files.readString(readme);
        String start = "```yaml\n# .bulwark.yaml\n";
        int from = text.indexOf(start);
        assertThat(from).as("README has a .bulwark.yaml example").isNotNegative();
        String yaml = text.substring(from + start.length(), text.indexOf("```", from + start.length()));
        Files.writeString(dir.resolve(".bulwark.yaml"), yaml);
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:latest\n");
        Cli.Run run = Cli.run(dir, "check");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void everyCorpusDockerfileIsAuditedWithoutAnInternalError() throws IOException {
        Path corpus = shared().resolve("corpus");
        if (!Files.isRegularFile(corpus.resolve("SOURCES.tsv"))) {
            String skipped = shared() + " not present: skipping the corpus run of the CLI";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "none"));
        List<String> dockerfiles = Files.readAllLines(corpus.resolve("SOURCES.tsv")).stream().skip(1)
                .map(line -> line.split("\t"))
                .filter(cols -> cols.length >= 6 && cols[3].equals("dockerfile"))
                .map(cols -> cols[5])
                .collect(Collectors.toList());
        assertThat(dockerfiles).hasSizeGreaterThan(100);
        args.addAll(dockerfiles);
        Cli.Run run = Cli.run(corpus, args.toArray(String[]::new));
        // Exit 3 would mean a rule or parser crashed on a real Dockerfile.
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.err()).isEmpty();
        assertThat(CheckCommandTest.jsonStrings(run.out())).doesNotContain("BW002", "rule-crashed");
    }
}
