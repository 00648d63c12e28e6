package dev.bulwark.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownCommandsTest {

    @Test
    void keepsShellBlocksWithoutPromptsAndBlanksTheRest() {
        String page = """
                # Acme
                Build the base first:
                ```bash
                $ docker build -t acme/base base
                ```
                ```python
                os.system("docker build -t acme/other other")
                ```
                ~~~
                docker build -t acme/app app
                ~~~
                """;
        String code = MarkdownCommands.of(page);
        assertThat(code).hasSameSizeAs(page);
        assertThat(code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
                .containsExactly("docker build -t acme/base base", "docker build -t acme/app app");
        int at = page.indexOf("docker build -t acme/base");
        assertThat(code.substring(at, at + 12)).isEqualTo("docker build");
    }

    @Test
    void inlineSpansAreCommandsOfTheirOwn() {
        String page = "Run `cd base` and then ``$ docker build -t acme/base .`` from there; `open";
        String code = MarkdownCommands.of(page);
        assertThat(code).hasSameSizeAs(page);
        assertThat(code.strip()).isEqualTo("cd base;" + " ".repeat(14) + "docker build -t acme/base .;");
    }

    @Test
    void aFenceClosesOnlyWithItsOwnMarkOfAtLeastItsLength() {
        String page = "````sh\n```\ndocker build -t x .\n````\ndocker build -t prose .\n";
        String code = MarkdownCommands.of(page);
        assertThat(code).contains("docker build -t x .").doesNotContain("prose");
    }
}
