package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({"kitten,sitting,3", "select,selcet,2", "'',abc,3", "abc,abc,0", "fail-on,fail_on,1"})
    void knownDistances(String a, String b, int expected) {
        assertThat(EditDistance.levenshtein(a, b)).isEqualTo(expected);
    }

    @Property
    void symmetricAndBoundedByTheLongerLength(@ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b) {
        int d = EditDistance.levenshtein(a, b);
        assertThat(d).isEqualTo(EditDistance.levenshtein(b, a)).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
        assertThat(EditDistance.levenshtein(a, b, 2)).isEqualTo(Math.min(d, 3));
    }
}
