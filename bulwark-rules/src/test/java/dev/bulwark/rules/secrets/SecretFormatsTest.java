package dev.bulwark.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretFormatsTest {

    // Test tokens are assembled from parts so that no complete token literal sits in the sources.
    private static final String RANDOM36 = "q7Rk2Lm9Xw4Zp1Bn8Vc3Td6Hs0Jf5Gy2Ua9K";

    @ParameterizedTest
    @CsvSource({
        "ghp_, GITHUB_TOKEN",
        "gho_, GITHUB_TOKEN",
        "hf_, HUGGING_FACE_TOKEN",
        "glpat-, GITLAB_TOKEN",
        "sk-proj-, OPENAI_API_KEY",
        "sk-, OPENAI_API_KEY",
        "sk-ant-api03-, ANTHROPIC_API_KEY",
        "xoxb-, SLACK_TOKEN"
    })
    void findsPrefixedTokens(String prefix, SecretKind kind) {
        String token = prefix + RANDOM36;
        String text = "ENV TOKEN=" + token + " OTHER=1";
        List<SecretMatch> found = SecretFormats.find(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(kind);
            assertThat(m.range().textOf(text)).isEqualTo(token);
        });
    }

    @Test
    void findsAwsAccessKeyIdAndPrivateKeyBlock() {
        String aws = "AKIA" + "Q7RK2LM9XW4ZP1BN";
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
        String text = "ARG A=" + aws + "\nRUN echo '" + key + "' > /root/.ssh/id\n";
        List<SecretMatch> found = SecretFormats.find(text);
        assertThat(found).extracting(SecretMatch::kind)
                .containsExactly(SecretKind.AWS_ACCESS_KEY_ID, SecretKind.PRIVATE_KEY);
        assertThat(found.get(1).range().textOf(text)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AKIAIOSFODNN7EXAMPLE",
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "hf_YOUR_TOKEN_HERE",
        "sk-kFJ12nKsFakefVmGpj3QzX65s4RbN2xJqWzPYCjYu7wT3BFake",
        "sk-...",
        "pip install hf_transfer scikit-learn",
        "RUN apt-get install -y disk-utils-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "mysk-" + RANDOM36,
        "-----BEGIN PUBLIC KEY-----"
    })
    void ignoresPlaceholdersAndLookalikes(String text) {
        assertThat(SecretFormats.find(text)).isEmpty();
    }

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @SeededProperty(cases = 200)
    void plainWordsAreNeverSecrets(long seed) {
        String word = SeededInputs.of(seed).string(60, ALPHANUMERIC);
        assertThat(SecretFormats.find("RUN echo " + word)).isEmpty();
    }
}
