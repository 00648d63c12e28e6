package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalMarkdownTest {
    private static final String DOC = "# DF003 `latest-tag`\n\nIntro with `code` and a [link](https://x.test/a).\n\n"
            + "| Property | Value |\n| --- | --- |\n| Code | `DF003` |\n| Enabled by default | yes |\n\n"
            + "## Example\n\n```dockerfile bad\nFROM a:latest\n```\n\n```dockerfile good\nFROM a:1.2.3\n```\n";

    @Test
    void plainRendering() {
        String text = new TerminalMarkdown(false).render(DOC);
        assertThat(text).isEqualTo("DF003 latest-tag\n================\n\n"
                + "Intro with `code` and a link <https://x.test/a>.\n\n"
                + "  Property            Value\n"
                + "  Code                DF003\n"
                + "  Enabled by default  yes\n\n"
                + "Example\n-------\n\n"
                + "Bad:\n    FROM a:latest\n\nGood:\n    FROM a:1.2.3\n");
    }

    @Test
    void colourReplacesBackticksAndKeepsColumnsAligned() {
        String text = new TerminalMarkdown(true).render(DOC);
        assertThat(text).contains("\u001B[1mDF003 latest-tag\u001B[0m\n")
                .contains("Intro with \u001B[36mcode\u001B[0m")
                .contains("  Code                \u001B[36mDF003\u001B[0m\n")
                .doesNotContain("`");
    }

    @Test
    void escapedPipesStayInTheirCell() {
        String text = new TerminalMarkdown(false).render("| a | b |\n| --- | --- |\n| x \\| y | z |\n");
        assertThat(text).isEqualTo("  a      b\n  x | y  z\n");
    }
}
