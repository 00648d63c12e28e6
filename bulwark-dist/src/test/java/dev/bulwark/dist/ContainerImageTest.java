package dev.bulwark.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerfile of bulwark's own image passes bulwark. The gate is the default selection, what a
 * user and CI get: zero findings. Under {@code --select all} the only findings are the opt-in
 * DF017 (a base image pinned to a version, not a digest), one per FROM: a digest can only be
 * copied from a registry, which this build never reaches, and an invented one would break the
 * build; a bot that can reach the registry (Renovate, Dependabot) is the way to add them.
 */
class ContainerImageTest {
    private static final Pattern FINDING = Pattern.compile("\"rule\" *: *\"([A-Z]{2}\\d{3})\"");

    @Test
    void the_image_passes_the_default_selection() {
        Repository.Run run = Repository.inProcess(Repository.root(), "check", "Dockerfile");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("No findings in 1 file");
        assertThat(run.exit()).isZero();
    }

    @Test
    void every_rule_finds_only_base_images_without_digests() {
        Repository.Run run = Repository.inProcess(Repository.root(), "check", "Dockerfile", "--select", "all",
                "--format", "json", "--fail-on", "none");
        assertThat(run.exit()).isZero();
        List<String> rules = new ArrayList<>();
        Matcher m = FINDING.matcher(run.out());
        while (m.find()) {
            rules.add(m.group(1));
        }
        assertThat(rules).isNotEmpty().containsOnly("DF017");
    }

    @Test
    void the_ignore_file_keeps_secret_looking_fixtures_out_of_the_context(@TempDir Path copy) throws IOException {
        // The rules' fixtures hold secret-looking values; `COPY . .` would put them in the build
        // stage (DI001) if the ignore file let test resources through.
        Path root = Repository.root();
        Files.copy(root.resolve("Dockerfile"), copy.resolve("Dockerfile"));
        Path fixture = copy.resolve("bulwark-rules/src/test/resources/fixtures/DI001/flagged/.env");
        Files.createDirectories(fixture.getParent());
        Files.writeString(fixture, "OPENAI_API_KEY=sk-proj-7Hq2Lx9Vb4Rt1Nz8Kd3Wm6Pa\n");

        Repository.Run without = Repository.inProcess(copy, "check", "Dockerfile", "--select", "DI");
        assertThat(without.out()).contains("DI001");

        Files.copy(root.resolve(".dockerignore"), copy.resolve(".dockerignore"));
        Repository.Run with = Repository.inProcess(copy, "check", "Dockerfile", "--select", "DI");
        assertThat(with.out()).startsWith("No findings");
        assertThat(with.exit()).isZero();
    }
}
