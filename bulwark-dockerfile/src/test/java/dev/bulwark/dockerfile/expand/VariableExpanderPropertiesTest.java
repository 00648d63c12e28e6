package dev.bulwark.dockerfile.expand;

import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VariableExpanderPropertiesTest {
    private static final Map<String, String> ENV = Map.of("A", "a b", "B", "", "C", "*?\\");

    private static String dockerfileWord(long seed) {
        return SeededInputs.of(seed).string(24, "${}:-+?#%/*'\"\\` ABCxy1@");
    }

    private static String plainWord(long seed) {
        return SeededInputs.of(seed).string(30, "abcXYZ019_./-: \t=,@");
    }

    @SeededProperty(cases = 2000)
    void neverThrowsAndRangesStayInside(long seed) {
        String input = dockerfileWord(seed);
        for (char escape : new char[] {'\\', '`'}) {
            Expansion result = VariableExpander.withEscape(escape).expand(input, ENV);
            assertThat(result.problems()).hasSizeLessThanOrEqualTo(1);
            result.problems().forEach(p -> assertThat(p.range().end()).isLessThanOrEqualTo(input.length()));
            if (!result.isOk()) {
                assertThat(result.text()).isEqualTo(input);
            }
            assertThat(result.undefined()).isSubsetOf(result.referenced());
        }
    }

    @SeededProperty(cases = 1000)
    void textWithoutSpecialCharactersIsUnchanged(long seed) {
        String input = plainWord(seed);
        Expansion result = VariableExpander.standard().expand(input, ENV);
        assertThat(result.isOk()).isTrue();
        assertThat(result.text()).isEqualTo(input);
        assertThat(String.join(" ", result.words())).isEqualTo(input.trim().replaceAll("[ \t]+", " "));
    }

    @SeededProperty(cases = 1000)
    void singleQuotedTextIsLiteral(long seed) {
        String inside = dockerfileWord(seed);
        String body = inside.replace("'", "");
        Expansion result = VariableExpander.standard().expand("'" + body + "'", ENV);
        assertThat(result.text()).isEqualTo(body);
        assertThat(result.referenced()).isEmpty();
    }
}
