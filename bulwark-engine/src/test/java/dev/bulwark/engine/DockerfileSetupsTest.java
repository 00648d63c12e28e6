package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.rules.BuiltinRules;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    private List<String> codes(String path) {
        List<Finding> findings = auditor.audit(List.of(Input.text(path, ROOT_IMAGE_WITH_SECRET)), Settings.defaults())
                .findings();
        return findings.stream().map(f -> f.rule().code()).toList();
    }

    @Test
    void aTestImageIsJudgedForSecretsAndCorrectnessOnly() {
        List<String> shipped = codes("docker/Dockerfile");
        assertThat(shipped).contains("DF006", "DF007", "DF008", "DF009", "DF014", "DF043", "DF067");
        for (String path : List.of("tests/functional/image/Dockerfile", "Dockerfile.test", "e2e/Dockerfile",
                "src/test/docker/Dockerfile")) {
            // The token in ENV is reported wherever the file is (DF007 the value, DF008 the name).
            assertThat(codes(path)).as(path).containsExactlyInAnyOrder("DF007", "DF008");
        }
    }

    @Test
    void ciAndLocalImagesShip() {
        assertThat(codes("ci/docker/Dockerfile")).contains("DF006", "DF014");
        assertThat(codes(".github/actions/build/Dockerfile")).contains("DF006", "DF014");
        assertThat(codes("docker/local/Dockerfile")).contains("DF006", "DF014");
    }
}
