package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.rules.BuiltinRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Dockerfile's path says what its image is for ({@code Setup.ofDockerfile}): an image the
 * repository's own tests build and throw away is judged only for secrets, syntax and correctness.
 */
class DockerfileSetupsTest {
    private static final String ROOT_IMAGE_WITH_SECRET = """
            FROM python:3.12.8-slim
            ENV HF_TOKEN=hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345
            RUN pip install requests
            RUN pip install numpy
            CMD ["python", "-m", "http.server", "8000"]
            """;

    private final Auditor auditor = new Auditor(BuiltinRules.all(), 1);

    @TempDir
    Path tmp;

    private List<String> codes(String path) {
        return codes(path, Settings.defaults());
    }

    private List<String> codes(String path, Settings settings) {
        List<Finding> findings = auditor.audit(List.of(Input.text(path, ROOT_IMAGE_WITH_SECRET)), settings).findings();
        return findings.stream().map(f -> f.rule().code()).toList();
    }

    @Test
    void theConfigurationSaysWhatFilesAreForWhenTheirPathsMislead() throws ConfigException {
        Settings settings = new ConfigLoader(BuiltinRules.all()).parse(new SourceText(".bulwark.yaml", """
                overrides:
                  - paths: ["test/**"]          # a checkout kept under test/, not a test image
                    setup: deployment
                  - paths: ["docker/bench/**"]
                    setup: test
                """), tmp);
        assertThat(onDisk("test/app/Dockerfile", settings)).contains("DF006", "DF014");
        assertThat(onDisk("test/app/Dockerfile", Settings.defaults())).doesNotContain("DF006", "DF014");
        assertThat(onDisk("docker/bench/Dockerfile", settings)).containsExactlyInAnyOrder("DF007", "DF008");
    }

    // Overrides match files by their path on disk, relative to the configuration's folder.
    private List<String> onDisk(String relative, Settings settings) {
        try {
            Path file = tmp.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, ROOT_IMAGE_WITH_SECRET);
            return auditor.audit(List.of(Input.file(relative, file)), settings).findings().stream()
                    .map(f -> f.rule().code()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUnknownSetupIsAConfigurationError() {
        assertThatThrownBy(() -> new ConfigLoader(BuiltinRules.all()).parse(new SourceText(".bulwark.yaml",
                "overrides:\n  - paths: [a]\n    setup: prod\n"), tmp))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("`setup` must be one of deployment, development, test, release, not `prod`");
    }

    @Test
    void aTestImageIsJudgedForSecretsAndCorrectnessOnly() {
        List<String> shipped = codes("docker/Dockerfile");
        assertThat(shipped).contains("DF006", "DF007", "DF008", "DF009", "DF014", "DF043", "DF067");
        for (String path : List.of("tests/functional/image/Dockerfile", "Dockerfile.test", "e2e/Dockerfile",
                "docker/Dockerfile.e2e", "e2e-tests/Dockerfile", ".circleci/docker/Dockerfile",
                "ci/.buildkite/images/gpu.Dockerfile", ".azure_pipelines/dockerfiles/linux-gpu.dockerfile",
                "src/test/docker/Dockerfile",
                "packages/cli/commands/template/fixtures/start-cmd/e2b.Dockerfile",
                // Deep under a test folder: data kept for the tests, golden output compared as text.
                "tests/test_data/data_sources/ctf/pwn/warmup/Dockerfile",
                "src/promptflow/tests/test_configs/flows/export/flex_flow_build/Dockerfile")) {
            // The token in ENV is reported wherever the file is (DF007 the value, DF008 the name).
            assertThat(codes(path)).as(path).containsExactlyInAnyOrder("DF007", "DF008");
        }
    }

    @Test
    void anImageThatStartsATestRunnerIsATestImageWherever() {
        for (String command : List.of("CMD pytest run.py", "CMD [\"python\", \"-m\", \"pytest\", \"-x\"]",
                "CMD python docker_test.py", "CMD [\"python3\", \"-u\", \"tests/test_server.py\"]",
                "ENTRYPOINT [\"sh\", \"-c\", \"pip install . && tox -e py312\"]",
                "ENTRYPOINT [\"bash\", \"/workspace/tools/ci_check.sh\", \"/workspace\"]",
                "CMD [\"tools/docker_build/build_manylinux.sh\"]", "CMD ./run_tests.sh")) {
            String text = ROOT_IMAGE_WITH_SECRET.replace("CMD [\"python\", \"-m\", \"http.server\", \"8000\"]", command);
            List<String> found = auditor.audit(List.of(Input.text("assets/partners/db/Dockerfile", text)),
                    Settings.defaults()).findings().stream().map(f -> f.rule().code()).toList();
            assertThat(found).as(command).containsExactlyInAnyOrder("DF007", "DF008");
        }
        // A server is judged in full, also when its script's name says it builds or runs it.
        assertThat(codes("assets/partners/db/Dockerfile")).contains("DF006", "DF014");
        for (String command : List.of("CMD [\"./build_and_serve.sh\"]", "CMD [\"bash\", \"start_app.sh\"]",
                "ENTRYPOINT [\"/ci_entrypoint.sh\"]")) {
            String text = ROOT_IMAGE_WITH_SECRET.replace("CMD [\"python\", \"-m\", \"http.server\", \"8000\"]", command);
            List<String> found = auditor.audit(List.of(Input.text("assets/partners/db/Dockerfile", text)),
                    Settings.defaults()).findings().stream().map(f -> f.rule().code()).toList();
            assertThat(found).as(command).contains("DF006", "DF014");
        }
    }

    @Test
    void aDevelopmentImageIsAWorkbench() {
        for (String path : List.of("server/dev.Dockerfile", ".devcontainer/Dockerfile", "docker/Dockerfile.dev")) {
            List<String> dev = codes(path);
            // Its user, size, stages and health are its owner's business; secrets and pins are not.
            assertThat(dev).as(path).doesNotContain("DF006", "DF009", "DF014", "DF043");
            assertThat(dev).as(path).contains("DF007", "DF008", "DF067");
        }
    }

    @Test
    void ciAndLocalImagesShip() {
        assertThat(codes("ci/docker/Dockerfile")).contains("DF006", "DF014");
        assertThat(codes(".github/actions/build/Dockerfile")).contains("DF006", "DF014");
        assertThat(codes("docker/local/Dockerfile")).contains("DF006", "DF014");
        // Apache's `dev-support/` holds the project's CI and service images.
        assertThat(codes("dev-support/docker-images/mlflow/Dockerfile")).contains("DF006", "DF014");
        // Above where bulwark runs, a folder may hold the checkout itself (`~/tests/repo`).
        assertThat(codes("../tests/repo/docker/build/Dockerfile")).contains("DF006", "DF014");
        // End-to-end is a kind of model too: a checkout named `wenet-e2e` is not a test suite.
        assertThat(codes("wenet-e2e/runtime/docker/Dockerfile")).contains("DF006", "DF014");
        assertThat(codes("e2e-asr/Dockerfile")).contains("DF006", "DF014");
    }

    @Test
    void aScaffoldWithABlankFromGetsItsSyntaxErrorAndSecretsOnly() {
        String scaffold = "FROM \n" + ROOT_IMAGE_WITH_SECRET.substring(ROOT_IMAGE_WITH_SECRET.indexOf('\n') + 1);
        List<String> found = auditor.audit(List.of(Input.text("homework/Dockerfile_hw", scaffold)),
                Settings.defaults()).findings().stream().map(f -> f.rule().code()).toList();
        assertThat(found).containsExactlyInAnyOrder("DF001", "DF007", "DF008");
    }

    @Test
    void aTemplateWhoseBaseIsAnUpperCasePlaceholderGetsOneSyntaxErrorThatSaysWhyAndSecretsOnly() {
        // TurboTransformers' Dockerfile_release.gpu, which its build script fills in with sed.
        String template = "FROM DEV_IMAGE\n\nFROM IMAGE_BASE\n"
                + ROOT_IMAGE_WITH_SECRET.substring(ROOT_IMAGE_WITH_SECRET.indexOf('\n') + 1)
                + "COPY --from=DEV_IMAGE /opt/lib/turbo /opt/lib/turbo\n";
        List<Finding> found = auditor.audit(List.of(Input.text("tools/docker/Dockerfile_release.gpu", template)),
                Settings.defaults()).findings();
        assertThat(found).extracting(f -> f.rule().code()).containsExactlyInAnyOrder("DF001", "DF007", "DF008");
        assertThat(found.get(0).message()).startsWith("failed to parse stage name \"DEV_IMAGE\"")
                .endsWith("`DEV_IMAGE` reads as a placeholder that a template fills in, so only syntax and secrets "
                        + "are judged until it is");
    }

    @Test
    void aBaseInCapitalsThatMeantAnArgOrAStageIsAMistakeInAFileJudgedInFull() {
        String body = ROOT_IMAGE_WITH_SECRET.substring(ROOT_IMAGE_WITH_SECRET.indexOf('\n') + 1);
        for (String head : List.of("ARG BASE_IMAGE=python:3.12.8-slim\nFROM BASE_IMAGE\n",
                "FROM python:3.12.8-slim AS BASE\nFROM BASE\n")) {
            List<Finding> found = auditor.audit(List.of(Input.text("Dockerfile", head + body)), Settings.defaults())
                    .findings();
            assertThat(found).extracting(f -> f.rule().code()).as(head).contains("DF001", "DF007", "DF006", "DF014");
            assertThat(found).filteredOn(f -> f.rule().code().equals("DF001")).singleElement()
                    .extracting(Finding::message).asString().contains("(did you mean ").doesNotContain("placeholder");
        }
    }

    @Test
    void aBlankFromSaysWhyTheRestIsNotJudged() {
        String scaffold = "FROM \n" + ROOT_IMAGE_WITH_SECRET.substring(ROOT_IMAGE_WITH_SECRET.indexOf('\n') + 1);
        List<Finding> found = auditor.audit(List.of(Input.text("homework/Dockerfile_hw", scaffold)),
                Settings.defaults()).findings();
        assertThat(found).filteredOn(f -> f.rule().code().equals("DF001")).singleElement().extracting(Finding::message)
                .isEqualTo("FROM requires either one or three arguments; the base image is left blank to fill in, "
                        + "so only syntax and secrets are judged until it is");
    }

    @Test
    void aFileWhoseBuildFailsOnAnInputNothingCopiesGetsThatFailureAndSecretsOnly() {
        String unbuildable = ROOT_IMAGE_WITH_SECRET.replace("RUN pip install numpy\n",
                "RUN pip install numpy\nRUN pip install -r requirements-dev.txt\n");
        List<String> buildable = auditor.audit(List.of(Input.text("Dockerfile", ROOT_IMAGE_WITH_SECRET)),
                Settings.defaults()).findings().stream().map(f -> f.rule().code()).toList();
        List<String> found = auditor.audit(List.of(Input.text("Dockerfile", unbuildable)),
                Settings.defaults()).findings().stream().map(f -> f.rule().code()).toList();
        assertThat(buildable).as("the same file, buildable, is judged on everything").contains("DF007", "DF008")
                .hasSizeGreaterThan(2);
        assertThat(found).containsExactlyInAnyOrder("DF007", "DF008", "DF125");
    }

    @Test
    void aSuppressedBuildFailureLeavesTheRestOfTheFileJudged() {
        String silenced = ROOT_IMAGE_WITH_SECRET.replace("RUN pip install numpy\n", "RUN pip install numpy\n"
                + "# bulwark-ignore: build-input-not-copied -- the CI job writes it into the context\n"
                + "RUN pip install -r requirements-dev.txt\n");
        List<String> found = auditor.audit(List.of(Input.text("Dockerfile", silenced)),
                Settings.defaults()).findings().stream().map(f -> f.rule().code()).toList();
        assertThat(found).doesNotContain("DF125").contains("DF007", "DF008", "DF006", "DF014");
    }
}
