package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void fileNameReadsPosixAndWindowsPaths() {
        assertThat(Text.fileName("/tmp/model.tar.gz")).isEqualTo("model.tar.gz");
        assertThat(Text.fileName("C:\\Program Files\\App\\app.tar")).isEqualTo("app.tar");
        assertThat(Text.fileName("build\\dist/app.tgz")).isEqualTo("app.tgz");
        assertThat(Text.fileName("/opt/app//")).isEqualTo("app");
        assertThat(Text.fileName("C:\\app\\")).isEqualTo("app");
        assertThat(Text.fileName("model.tar")).isEqualTo("model.tar");
        assertThat(Text.fileName("/")).isEmpty();
        assertThat(Text.fileName("")).isEmpty();
    }
}
