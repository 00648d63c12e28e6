package dev.bulwark.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInspectorTest {
    @TempDir
    Path root;

    @Test
    void fastApiServiceWithRequirements() throws Exception {
        ProjectFacts facts = new ProjectInspector().inspect(SampleProjects.fastApiCpu(root));
        assertThat(facts.name()).isEqualTo("sentiment-api");
        assertThat(facts.packageManager()).isEqualTo(PackageManager.PIP);
        assertThat(facts.framework()).isEqualTo(Framework.FASTAPI);
        assertThat(facts.entry().target()).isEqualTo("app.main:app");
        assertThat(facts.healthPath()).contains("/healthz");
        assertThat(facts.gpu().asksForGpu()).isFalse();
        assertThat(facts.hasTests()).isTrue();
        assertThat(facts.hashedRequirements()).isFalse();
    }

    @Test
    void gradioOnPoetryWithTorchFromTheCuda121Index() throws Exception {
        ProjectFacts facts = new ProjectInspector().inspect(SampleProjects.gradioGpu(root));
        assertThat(facts.packageManager()).isEqualTo(PackageManager.POETRY);
        assertThat(facts.dependencyFiles()).containsExactly("pyproject.toml", "poetry.lock");
        assertThat(facts.framework()).isEqualTo(Framework.GRADIO);
        assertThat(facts.entry().target()).isEqualTo("app.py");
        assertThat(facts.gpu().framework()).isEqualTo(GpuFramework.TORCH);
        assertThat(facts.gpu().cuda()).contains("12.1");
        assertThat(facts.gpu().asksForGpu()).isTrue();
        assertThat(facts.python()).contains("3.12");
    }

    @Test
    void uvTrainingJobAskingForPython311() throws Exception {
        ProjectFacts facts = new ProjectInspector().inspect(SampleProjects.uvTraining(root));
        assertThat(facts.packageManager()).isEqualTo(PackageManager.UV);
        assertThat(facts.framework()).isEqualTo(Framework.NONE);
        assertThat(facts.trainEntry().target()).isEqualTo("train.py");
        assertThat(facts.python()).contains("3.11");
        assertThat(facts.dependencies()).contains("scikit-learn", "pandas");
    }

    @Test
    void cudaExtrasAndCpuIndexes() {
        assertThat(ProjectInspector.gpu(DependencyFiles.ofRequirements("tensorflow[and-cuda]==2.18.0\n"), "")
                .asksForGpu()).isTrue();
        assertThat(ProjectInspector.gpu(DependencyFiles.ofRequirements("jax[cuda12]==0.4.38\n"), "").framework())
                .isEqualTo(GpuFramework.JAX);
        String cpu = "--index-url https://download.pytorch.org/whl/cpu\ntorch==2.5.1\n";
        ProjectFacts.GpuEvidence evidence = ProjectInspector.gpu(DependencyFiles.ofRequirements(cpu), cpu);
        assertThat(evidence.cpuOnly()).isTrue();
        assertThat(evidence.asksForGpu()).isFalse();
        // Plain torch from PyPI says nothing about where it runs.
        assertThat(ProjectInspector.gpu(DependencyFiles.ofRequirements("torch==2.5.1\n"), "torch==2.5.1").asksForGpu())
                .isFalse();
        assertThat(ProjectInspector.gpu(DependencyFiles.ofRequirements("torch==2.5.1+cu118\n"), "torch==2.5.1+cu118")
                .cuda()).contains("11.8");
    }

    @Test
    void dependencyNamesFromRequirementsAndPyproject() {
        assertThat(DependencyFiles.ofRequirements("# c\n-r base.txt\nFastAPI[all]>=0.1 # web\nsentence_transformers\n"))
                .containsExactly("fastapi", "fastapi[all]", "sentence-transformers");
        assertThat(DependencyFiles.ofPyproject("[project]\ndependencies = [\"torch>=2\", # x\n  \"numpy\",\n]\n"
                + "[project.optional-dependencies]\ndev = [\"pytest\"]\n[tool.poetry.dependencies]\npython = \"^3.11\"\n"
                + "tensorflow = {version = \"2.18\", extras = [\"and-cuda\"]}\n"))
                .contains("torch", "numpy", "pytest", "tensorflow", "tensorflow[and-cuda]").doesNotContain("python");
        assertThat(DependencyFiles.hashed("a==1 \\\n    --hash=sha256:00\n")).isTrue();
        assertThat(DependencyFiles.hashed("a==1\n")).isFalse();
    }

    @Test
    void pythonVersionsFromSpecifiers() {
        assertThat(PythonVersions.minorFor(">=3.10")).contains("3.12");
        assertThat(PythonVersions.minorFor(">=3.11,<3.12")).contains("3.11");
        assertThat(PythonVersions.minorFor(">=3.13")).contains("3.13");
        assertThat(PythonVersions.minorFor("<3.9")).isEmpty();
    }

    @Test
    void pinsAreExactTagsOrDigests() {
        Pins pins = Pins.parse(List.of("python=3.11.11-slim-bookworm", "nvidia/cuda=@sha256:" + "a".repeat(64)));
        assertThat(BaseImages.python("3.12").orElseThrow().runtime().pinnedBy(pins).reference())
                .isEqualTo("python:3.11.11-slim-bookworm");
        assertThat(BaseImages.CUDA.get(0).runtime().pinnedBy(pins).reference())
                .isEqualTo("nvidia/cuda:11.8.0-runtime-ubuntu22.04@sha256:" + "a".repeat(64));
        assertThatThrownBy(() -> Pins.parse(List.of("python"))).hasMessageContaining("IMAGE=TAG");
        assertThatThrownBy(() -> Pins.parse(List.of("python=latest"))).hasMessageContaining("cannot be pinned to `latest`");
        assertThatThrownBy(() -> Pins.parse(List.of("Python=3.12"))).hasMessageContaining("not an image name");
        assertThatThrownBy(() -> Pins.parse(List.of("python=3.12@sha256:abc"))).hasMessageContaining("not a tag or digest");
    }

    @Test
    void pinsAreWrittenAsCheckAndFixTakeThem() {
        Pins asReference = Pins.parse(List.of("python:3.11.11-slim-bookworm"));
        Pins fullyQualified = Pins.parse(List.of("docker.io/library/python=3.11.11-slim-bookworm"));
        for (Pins pins : List.of(asReference, fullyQualified)) {
            assertThat(BaseImages.python("3.12").orElseThrow().runtime().pinnedBy(pins).reference())
                    .isEqualTo("python:3.11.11-slim-bookworm");
        }
    }

    @Test
    void resolverRefusesWhatCannotBeBuilt() throws Exception {
        ProjectFacts facts = new ProjectInspector().inspect(SampleProjects.fastApiCpu(root));
        FlavourResolver resolver = new FlavourResolver();
        InitOptions cuda10 = new InitOptions(Optional.of(true), Optional.of("10.2"), Optional.empty(), Optional.empty(),
                Optional.empty(), Pins.none());
        assertThatThrownBy(() -> resolver.resolve(facts, cuda10, Optional.empty(), "0.1.0")).hasMessageContaining("11.8, 12.1");
        InitOptions badRegistry = new InitOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("GHCR.io/Acme"), Pins.none());
        assertThatThrownBy(() -> resolver.resolve(facts, badRegistry, Optional.empty(), "0.1.0"))
                .hasMessageContaining("lower case");
        Flavour flavour = resolver.resolve(facts, InitOptions.defaults(), Optional.of("ghcr.io/acme"), "0.1.0");
        assertThat(flavour.image()).isEqualTo("ghcr.io/acme/sentiment-api:0.1.0");
        assertThat(flavour.workload()).isEqualTo(Workload.SERVE);
    }
}
