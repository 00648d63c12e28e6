package dev.bulwark.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "WANDB_API_KEY", "OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY",
        "MLFLOW_TRACKING_PASSWORD", "KAGGLE_KEY", "NPM_TOKEN", "DB_PASSWORD", "password", "apiKey", "hfToken",
        "GITHUB_PAT", "SSH_PRIVATE_KEY", "BASIC_AUTH", "GOOGLE_APPLICATION_CREDENTIALS", "api-key",
        "CLIENT_SECRETS", "SLACK_ACCESSTOKEN", "JWT_SECRET", "REDIS_REQUIREPASS", "requirepass", "masterauth"
    })
    void secretNames(String name) {
        assertThat(SecretNames.looksSecret(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PUBLIC_KEY", "SECRET_FILE", "TOKENIZER_VERSION", "GPG_KEY", "AWS_ACCESS_KEY_ID", "HF_TOKEN_PATH",
        "APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE", "TOKENIZERS_PARALLELISM", "MONKEY", "KEYRING", "PASSTHROUGH",
        "PYTHON_VERSION", "AUTH_TYPE", "SECRET_NAME", "MAX_TOKENS", "MYSQL_RANDOM_ROOT_PASSWORD",
        "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "AUTHENTICATION_APIKEY_USERS", "API_KEY_OWNER"
    })
    void notSecretNames(String name) {
        assertThat(SecretNames.looksSecret(name)).as(name).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "HF_TOKEN", "POSTGRES_PASSWORD", "AWS_SECRET_ACCESS_KEY", "OPENAI_API_KEY", "apiKey", "hfToken",
        "MINIO_SECRET_KEY", "SECRET_KEY_BASE", "DB_PASS", "JWT_SECRET", "SSH_PRIVATE_KEY", "PASSWORD_PROD",
        "ADMIN_PASSWORD_2", "api-key", "clientSecret"
    })
    void credentialNames(String name) {
        assertThat(SecretNames.namesCredential(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CACHE_KEY", "S3_ACCESS_KEY", "BASIC_AUTH", "GITHUB_PAT", "AIBRIX_ROUTER_VTC_TOKEN_TRACKER_TIME_UNIT",
        "PASSWORD_POLICY", "GOOGLE_APPLICATION_CREDENTIALS", "PUBLIC_KEY", "TOKEN_PATH", "KAGGLE_KEY"
    })
    void notCredentialNames(String name) {
        assertThat(SecretNames.namesCredential(name)).as(name).isFalse();
    }

    @Test
    void tokensSplitAtDelimitersAndCamelCase() {
        assertThat(SecretNames.tokens("hfToken_x-y.Z")).containsExactly("hf", "token", "x", "y", "z");
        assertThat(SecretNames.tokens("HF_TOKEN")).containsExactly("hf", "token");
    }
}
