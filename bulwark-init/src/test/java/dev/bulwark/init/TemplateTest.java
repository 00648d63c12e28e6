package dev.bulwark.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void replacesPlaceholdersAndKeepsOrDropsSectionLines() {
        Template t = new Template("t", "FROM {{image}}\n{{#gpu}}\nENV A=1\n{{^train}}\nEXPOSE {{port}}\n{{/train}}\n"
                + "{{/gpu}}\n{{^gpu}}\nENV B=2\n{{/gpu}}\nCMD x\n");
        assertThat(t.render(Map.of("image", "python:3.12.8", "port", "80"), Set.of("gpu")))
                .isEqualTo("FROM python:3.12.8\nENV A=1\nEXPOSE 80\nCMD x\n");
        assertThat(t.render(Map.of("image", "python:3.12.8", "port", "80"), Set.of("gpu", "train")))
                .isEqualTo("FROM python:3.12.8\nENV A=1\nCMD x\n");
        // A hidden section's placeholders need no value.
        assertThat(t.render(Map.of("image", "i"), Set.of())).isEqualTo("FROM i\nENV B=2\nCMD x\n");
    }

    @Test
    void githubExpressionsPassThroughAndPlaceholdersInsideThemAreFilled() {
        Template t = new Template("t", "tags: ${{ env.IMAGE }}:${{ github.sha }}\npassword: ${{ secrets.{{secret}} }}\n");
        assertThat(t.render(Map.of("secret", "GITHUB_TOKEN"), Set.of()))
                .isEqualTo("tags: ${{ env.IMAGE }}:${{ github.sha }}\npassword: ${{ secrets.GITHUB_TOKEN }}\n");
    }

    @Test
    void aLineHoldingOnlyAnEmptyPlaceholderDisappears() {
        Template t = new Template("t", "env:\n  A: 1\n{{more}}\nend\n");
        assertThat(t.render(Map.of("more", ""), Set.of())).isEqualTo("env:\n  A: 1\nend\n");
        assertThat(t.render(Map.of("more", "  B: 2"), Set.of())).isEqualTo("env:\n  A: 1\n  B: 2\nend\n");
    }

    @Test
    void aMissingValueOrAnUnbalancedSectionIsAnError() {
        assertThatThrownBy(() -> new Template("t", "a\n{{b}}\n").render(Map.of(), Set.of()))
                .hasMessage("template t:2: no value for {{b}}");
        assertThatThrownBy(() -> new Template("t", "{{#a}}\nx\n").render(Map.of(), Set.of()))
                .hasMessage("template t:2: section a is never closed");
        assertThatThrownBy(() -> new Template("t", "{{#a}}\n{{/b}}\n").render(Map.of(), Set.of()))
                .hasMessage("template t:2: closes b, which is not the open section");
    }

    @Test
    void everyTemplateResourceLoads() {
        for (String name : new String[] {"Dockerfile.python", "Dockerfile.triton", "Dockerfile.torchserve",
                "dockerignore", "compose.yaml", "k8s-serve.yaml", "k8s-train.yaml", "workflow.yaml"}) {
            assertThat(Template.resource(name).name()).isEqualTo(name);
        }
        assertThatThrownBy(() -> Template.resource("nope")).hasMessageContaining("no template templates/nope");
    }
}
