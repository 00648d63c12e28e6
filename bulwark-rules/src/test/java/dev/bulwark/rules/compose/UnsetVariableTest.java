package dev.bulwark.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.YamlReported;
import dev.bulwark.rules.YamlRules;
import org.junit.jupiter.api.Test;

class UnsetVariableTest {

    @Test
    void oneFindingPerFileAndKindNamingTheVariablesInOrder() {
        String yaml = """
                services:
                  api:
                    image: a/b:${TAG}
                    environment:
                      A: ${ONE}
                      B: ${TWO}${TAG}
                      C: $THREE
                      D: ${FOUR}
                      E: ${KEY:?set KEY}
                """;
        assertThat(YamlRules.runCompose(new UnsetVariable(), yaml)).extracting(YamlReported::line, YamlReported::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "`TAG`, `ONE`, `TWO`, `THREE` and 1 more have no value in .env and no default"),
                        org.assertj.core.groups.Tuple.tuple(9, "`KEY` is required (`:?`) and has no value in .env"));
        assertThat(YamlRules.runCompose(new UnsetVariable(), "services:\n  a:\n    image: x:${A}${B}\n"))
                .extracting(YamlReported::message).containsExactly("`A` and `B` have no value in .env and no default");
    }
}
