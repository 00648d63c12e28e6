package dev.bulwark.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three sample projects, initialised with the defaults init derives, then audited with every rule. */
class SampleProjectsTest {
    @TempDir
    Path root;

    private static Path init(Path dir) throws Exception {
        ProjectFacts facts = new ProjectInspector().inspect(dir);
        Flavour flavour = new FlavourResolver().resolve(facts, InitOptions.defaults(), Optional.of("ghcr.io/acme"),
                ProjectMetadata.version(dir));
        InitWriter.Outcome outcome = new InitWriter().write(dir, new Scaffold(flavour).files(), false);
        assertThat(outcome.written()).hasSize(5);
        SetupAudit.Result audit = SetupAudit.selectAll(dir);
        assertThat(audit.findings()).as(audit.describe()).isEmpty();
        // Dockerfile, Compose file, manifest and workflow were all audited (the ignore file is read with the Dockerfile).
        assertThat(audit.files()).isEqualTo(4);
        return dir;
    }

    @Test
    void fastApiOnCpu() throws Exception {
        Path dir = init(SampleProjects.fastApiCpu(root));
        String dockerfile = Files.readString(dir.resolve("Dockerfile"));
        assertThat(dockerfile).contains("FROM python:3.12.8-bookworm AS builder", "FROM python:3.12.8-slim-bookworm AS runtime",
                "CMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\", \"--port\", \"8000\"]",
                "urlopen('http://127.0.0.1:8000/healthz'", "USER app", "PYTHONUNBUFFERED=1",
                "--mount=type=cache,target=/root/.cache/pip", "--mount=type=secret,id=netrc");
        assertThat(Files.readString(dir.resolve("k8s/sentiment-api.yaml"))).contains("kind: Deployment")
                .doesNotContain("nvidia.com/gpu");
        assertThat(Files.readString(dir.resolve("compose.yaml"))).doesNotContain("driver: nvidia");
    }

    @Test
    void gradioOnGpu() throws Exception {
        Path dir = init(SampleProjects.gradioGpu(root));
        String dockerfile = Files.readString(dir.resolve("Dockerfile"));
        // torch comes from the cu121 index, so the runtime is CUDA 12.1's.
        assertThat(dockerfile).contains("FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04 AS runtime",
                "uv python install 3.12.8", "poetry install --only main --no-root", "GRADIO_SERVER_NAME=0.0.0.0",
                "HF_HOME=/models/huggingface", "CMD [\"python\", \"app.py\"]");
        assertThat(Files.readString(dir.resolve("compose.yaml"))).contains("driver: nvidia", "capabilities: [gpu]",
                "image: ghcr.io/acme/image-captioner:1.2.0");
        assertThat(Files.readString(dir.resolve("k8s/image-captioner.yaml"))).contains("nvidia.com/gpu: 1",
                "mountPath: /dev/shm", "medium: Memory");
    }

    @Test
    void trainingJobWithUv() throws Exception {
        Path dir = init(SampleProjects.uvTraining(root));
        String dockerfile = Files.readString(dir.resolve("Dockerfile"));
        assertThat(dockerfile).contains("FROM python:3.11.11-slim-bookworm AS runtime",
                "uv sync --frozen --no-dev --no-install-project", "CMD [\"python\", \"train.py\"]")
                .doesNotContain("EXPOSE", "HEALTHCHECK");
        assertThat(Files.readString(dir.resolve("k8s/churn-model-train.yaml"))).contains("kind: Job")
                .doesNotContain("kind: Deployment");
        assertThat(Files.readString(dir.resolve(".github/workflows/image.yml"))).contains("uv run --no-sync python -m pytest",
                "exit-code: \"1\"", "sbom: true", "provenance: mode=max");
    }
}
