package dev.bulwark.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownCommandsTest {

    @Test
    void keepsTheBuildLinesOfShellBlocksWithoutPrompts() {
        String page = """
                # Acme
                Build the base first:
                ```bash
                $ docker build -t acme/base base
                docker run acme/base
                ```
                ```python
                os.system("docker build -t acme/other other")
                ```
                ~~~
                  docker build -t acme/app app
                ~~~
                docker build -t prose .
                """;
        assertThat(MarkdownCommands.of(page).lines().toList())
                .containsExactly("docker build -t acme/base base", "docker build -t acme/app app");
    }

    @Test
    void inlineSpansAreCommandsOfTheirOwn() {
        String page = "Run `cd base` and then ``$ docker build -t acme/base .`` from there; `open docker build";
        assertThat(MarkdownCommands.of(page).lines().toList()).containsExactly("docker build -t acme/base .");
    }

    @Test
    void aFenceClosesOnlyWithItsOwnMarkOfAtLeastItsLength() {
        String page = "````sh\n```\ndocker build -t x .\n````\ndocker build -t prose .\n";
        assertThat(MarkdownCommands.of(page)).contains("docker build -t x .").doesNotContain("prose");
    }

    @Test
    void aPageWithoutBuildsGivesNothing() {
        assertThat(MarkdownCommands.of("# Acme\n```bash\npip install acme\n```\n")).isEmpty();
    }
}
