package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Assumptions.assumeTrue(Files.isDirectory(example), "examples/ml-service not present");
        Cli.Run run = Cli.run(root(), "check", "examples/ml-service", "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        List<String> strings = CheckCommandTest.jsonStrings(run.out());
        assertThat(strings).contains("examples/ml-service/exporter/Dockerfile")
                .doesNotContain("examples/ml-service/Dockerfile");
        // Each deliberate mistake of the exporter is caught.
        assertThat(strings).contains("latest-tag", "apt-lists-kept", "secret-in-arg-or-env", "pip-no-cache-dir", "root-user",
                "apt-no-install-recommends", "shell-form-command");
        assertThat(Files.readString(example.resolve("exporter/Dockerfile"))).contains("# deliberate mistake:");
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
