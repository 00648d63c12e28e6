package dev.bulwark.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1", "true", "False", "none", "EMPTY", "sk-no-key-required", "<your-token>",
        "your_api_key_here", "xxxxxxxx", "REPLACE_ME", "sk-...", "***", "/run/secrets/db", "./secrets/key.txt",
        "https://vault.example.org/v1", "$HOME", "''", "\"\"", "{{ .Values.token }}"})
    void notCredentials(String value) {
        assertThat(PlaceholderValues.isNotACredential(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "password", "changeme", "admin", "minioadmin", "s3cr3t", "123456",
        "localai", "hunter2"})
    void weakPasswordsAreStillCredentials(String value) {
        assertThat(PlaceholderValues.isNotACredential(value)).as(value).isFalse();
    }
}
