package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bulwark init} end to end, in-process: what it writes, what it keeps, what it prints, exit codes. */
class InitCommandTest {
    private static final String OWN_DOCKERFILE = "FROM python:3.12.8-slim-bookworm\nCMD [\"python\", \"app.py\"]\n";

    @TempDir
    Path root;
    private Path project;

    @BeforeEach
    void project() throws IOException {
        project = root.resolve("flask-api");
        Files.createDirectories(project);
        Files.writeString(project.resolve("requirements.txt"), "flask==3.1.0\ngunicorn==23.0.0\n");
        Files.writeString(project.resolve("app.py"), "from flask import Flask\n\napp = Flask(__name__)\n");
    }

    @Test
    void writesTheSetupPrintsNextStepsAndCheckFindsNothing() throws IOException {
        Cli.Run run = Cli.run(root, "init", "--yes", "--registry", "ghcr.io/acme", "flask-api");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("Project flask-api: Flask server on CPU, dependencies with pip",
                "wrote    Dockerfile", "wrote    .dockerignore", "wrote    compose.yaml", "wrote    k8s/flask-api.yaml",
                "wrote    .github/workflows/image.yml", "Next steps:", "bulwark check --select all flask-api",
                "docker build -t ghcr.io/acme/flask-api:0.1.0 flask-api");
        assertThat(Files.readString(project.resolve("Dockerfile")))
                .contains("CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]");

        Cli.Run check = Cli.run(project, "check", "--select", "all", ".");
        assertThat(check.exit()).as(check.out()).isEqualTo(ExitCodes.CLEAN);
        assertThat(check.out()).contains("No findings in 4 files");
    }

    @Test
    void neverReplacesAFileWithoutForce() throws IOException {
        Files.writeString(project.resolve("Dockerfile"), OWN_DOCKERFILE);
        Cli.Run run = Cli.run(project, "init", "--yes");
        assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("skipped  Dockerfile (already present; --force replaces it)", "wrote    compose.yaml");
        assertThat(Files.readString(project.resolve("Dockerfile"))).isEqualTo(OWN_DOCKERFILE);

        Cli.Run again = Cli.run(project, "init", "--yes");
        assertThat(again.out()).doesNotContain("wrote ").contains("skipped  compose.yaml");

        Cli.Run forced = Cli.run(project, "init", "--yes", "--force");
        assertThat(forced.out()).contains("replaced Dockerfile", "replaced compose.yaml");
        assertThat(Files.readString(project.resolve("Dockerfile"))).contains("AS builder");
    }

    @Test
    void onATerminalItAsksFirstAndWritesNothingWhenTold() throws IOException {
        Cli.Run run = Cli.inTerminal(project, Map.of(), true, "init");
        // The empty answer of the in-process terminal is a no.
        assertThat(run.out()).contains("  write   Dockerfile", "Write these files? [y/N]", "Nothing written.");
        assertThat(project.resolve("Dockerfile")).doesNotExist();
    }

    @Test
    void pinsReplaceTheTableAndADigestDropsTheSuppression() throws IOException {
        String digest = "sha256:" + "0".repeat(64);
        Cli.Run run = Cli.run(project, "init", "--yes", "--pin", "python=3.11.11-slim-bookworm@" + digest);
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.CLEAN);
        String dockerfile = Files.readString(project.resolve("Dockerfile"));
        assertThat(dockerfile).contains("FROM python:3.11.11-slim-bookworm@" + digest + " AS builder")
                .doesNotContain("DF017");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--gpu --cpu", "--serve --train", "--port 70000", "--port 0", "--pin python",
            "--pin python=latest", "--cuda 10.2", "--registry HTTPS://x", "--bogus", "no-such-dir", "a b"})
    void badOptionsAreUsageErrors(String arguments) {
        String[] words = ("init --yes " + arguments).split(" ");
        Cli.Run run = Cli.run(project, words);
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("bulwark: ").contains("Try 'bulwark init --help'");
        assertThat(project.resolve("Dockerfile")).doesNotExist();
    }

    @Test
    void helpListsTheOptions() {
        Cli.Run run = Cli.run(project, "init", "--help");
        assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("bulwark init", "--gpu", "--cuda", "--serve", "--train", "--port", "--registry",
                "--pin", "--force", "--yes");
    }
}
