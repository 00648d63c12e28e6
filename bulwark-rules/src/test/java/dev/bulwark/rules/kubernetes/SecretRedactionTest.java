package dev.bulwark.rules.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.TextRange;
import dev.bulwark.rules.YamlReported;
import dev.bulwark.rules.YamlRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secret findings redact every secret their source line shows, not only their own. */
class SecretRedactionTest {

    private static List<String> redacted(YamlReported r) {
        String text = r.span().source().text();
        List<String> out = new ArrayList<>();
        for (TextRange range : r.secrets()) {
            out.add(range.textOf(text));
        }
        return out;
    }

    @Test
    void twoSecretsOnOneCommandLineAreRedactedInBothFindings() {
        List<YamlReported> found = YamlRules.runKubernetes(new SecretInArgs(), """
                apiVersion: v1
                kind: Pod
                metadata: {name: loader}
                spec:
                  restartPolicy: Never
                  containers:
                    - name: loader
                      image: ghcr.io/acme/loader:1.0.0
                      command: [sh, -c, "HF_TOKEN=hf_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB python load.py --password=s3cr3t"]
                """);
        assertThat(found).hasSize(2);
        for (YamlReported r : found) {
            assertThat(redacted(r)).containsExactlyInAnyOrder("hf_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB", "s3cr3t");
        }
    }

    @Test
    void flowStyleEnvValuesAreRedactedInEveryFinding() {
        List<YamlReported> found = YamlRules.runKubernetes(new SecretInEnvValue(), """
                apiVersion: v1
                kind: Pod
                metadata: {name: api}
                spec:
                  containers:
                    - name: api
                      image: ghcr.io/acme/api:1.4.2
                      env: [{name: DB_PASSWORD, value: s3cr3t-Pa55}, {name: API_TOKEN, value: t0k3n-Value}]
                """);
        assertThat(found).hasSize(2);
        for (YamlReported r : found) {
            assertThat(redacted(r)).containsExactlyInAnyOrder("s3cr3t-Pa55", "t0k3n-Value");
        }
    }

    @Test
    void aMessageThatWouldSpellTheSecretFallsBackToAGenericOne() {
        List<YamlReported> found = YamlRules.runKubernetes(new SecretInEnvValue(), """
                apiVersion: v1
                kind: Pod
                metadata: {name: postgres}
                spec:
                  containers:
                    - name: postgres
                      image: postgres:16.4
                      env:
                        - name: POSTGRES_PASSWORD
                          value: postgres
                """);
        assertThat(found).extracting(YamlReported::message)
                .containsExactly("literal credential in an environment variable");
    }
}
