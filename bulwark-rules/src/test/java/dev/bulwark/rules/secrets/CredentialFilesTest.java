package dev.bulwark.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialFilesTest {

    @Test
    void credentialDirectoriesAndFiles() {
        assertThat(CredentialFiles.describe("~/.aws")).hasValue("the `~/.aws` directory");
        assertThat(CredentialFiles.describe("~/.config/gcloud")).hasValue("the `~/.config/gcloud` directory");
        assertThat(CredentialFiles.describe("~/.kube/config")).hasValue("credential file `~/.kube/config`");
        assertThat(CredentialFiles.describe("~/.docker/config.json")).hasValue("credential file `~/.docker/config.json`");
        assertThat(CredentialFiles.describe("/root/.ssh/id_ed25519")).isPresent();
    }

    @Test
    void publicMaterialSettingsAndCachesAreNot() {
        assertThat(CredentialFiles.describe("~/.ssh/known_hosts")).isEmpty();
        assertThat(CredentialFiles.describe("~/.ssh/config")).isEmpty();
        assertThat(CredentialFiles.describe("~/.aws/config")).isEmpty();
        assertThat(CredentialFiles.describe("~/.cache/huggingface")).isEmpty();
        assertThat(CredentialFiles.describe("~/.config/app")).isEmpty();
        assertThat(CredentialFiles.describe(".env.example")).isEmpty();
    }
}
