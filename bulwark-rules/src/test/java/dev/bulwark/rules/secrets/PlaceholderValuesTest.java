package dev.bulwark.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "", "  ", "changeme", "CHANGE_ME", "change-me", "<token>", "<your-api-key>", "[PASSWORD]", "REPLACE_ME",
        "replace-with-your-key", "xxxx", "****", "your_password_here", "EMPTY", "dummy", "none", "GITHUB_TOKEN",
        "YOUR_API_KEY", "api-key-goes-here", "TODO"
    })
    void placeholders(String value) {
        assertThat(PlaceholderValues.isPlaceholder(value)).as(value).isTrue();
        assertThat(PlaceholderValues.isNotCredential(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${DB_PASSWORD}", "$(HF_TOKEN)", "$HF_TOKEN", "{{inputs.parameters.token}}", "%(password)s",
        "prefix-${SUFFIX}"})
    void references(String value) {
        assertThat(PlaceholderValues.isReference(value)).as(value).isTrue();
        assertThat(PlaceholderValues.isNotCredential(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "False", "3600", "0.5", "/var/run/secrets/token", "./key.pem",
        "http://minio:9000", "s3://bucket/models"})
    void settings(String value) {
        assertThat(PlaceholderValues.isSetting(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "postgres", "minio123", "minioadmin", "s3cr3t-Pa55", "Admin", "secret",
        "hf_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB", "postgresql://user:pass@db/app", "$3cret", "My Password 1"})
    void literalCredentials(String value) {
        assertThat(PlaceholderValues.isNotCredential(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "1", "y", "sk-no-key-required", "not-needed", "sk-...", "***", "''", "\"\"",
        "'<your-token>'", "{{ .Values.token }}", "https://vault.example.org/v1"})
    void switchesAndNoKeyValues(String value) {
        assertThat(PlaceholderValues.isNotCredential(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "localai", "hunter2", "123456x"})
    void weakPasswordsAreStillCredentials(String value) {
        assertThat(PlaceholderValues.isNotCredential(value)).as(value).isFalse();
    }
}
