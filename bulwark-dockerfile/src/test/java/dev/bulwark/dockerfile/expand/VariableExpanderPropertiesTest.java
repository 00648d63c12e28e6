package dev.bulwark.dockerfile.expand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VariableExpanderPropertiesTest {
    private static final Map<String, String> ENV = Map.of("A", "a b", "B", "", "C", "*?\\");

    @Provide
    Arbitrary<String> dockerfileWords() {
        return Arbitraries.strings().withChars("${}:-+?#%/*'\"\\` ABCxy1@").ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> plainWords() {
        return Arbitraries.strings().withChars("abcXYZ019_./-: \t=,@").ofMaxLength(30);
    }

    @Property(tries = 2000)
    void neverThrowsAndRangesStayInside(@ForAll("dockerfileWords") String input) {
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

    @Property
    void textWithoutSpecialCharactersIsUnchanged(@ForAll("plainWords") String input) {
        Expansion result = VariableExpander.standard().expand(input, ENV);
        assertThat(result.isOk()).isTrue();
        assertThat(result.text()).isEqualTo(input);
        assertThat(String.join(" ", result.words())).isEqualTo(input.trim().replaceAll("[ \t]+", " "));
    }

    @Property
    void singleQuotedTextIsLiteral(@ForAll("dockerfileWords") String inside) {
        String body = inside.replace("'", "");
        Expansion result = VariableExpander.standard().expand("'" + body + "'", ENV);
        assertThat(result.text()).isEqualTo(body);
        assertThat(result.referenced()).isEmpty();
    }
}
