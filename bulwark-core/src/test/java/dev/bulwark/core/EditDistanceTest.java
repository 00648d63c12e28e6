package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({"kitten,sitting,3", "select,selcet,2", "'',abc,3", "abc,abc,0", "fail-on,fail_on,1"})
    void knownDistances(String a, String b, int expected) {
        assertThat(EditDistance.levenshtein(a, b)).isEqualTo(expected);
    }

    @SeededProperty(cases = 1000)
    void symmetricAndBoundedByTheLongerLength(long seed) {
        SeededInputs in = SeededInputs.of(seed);
        // A small alphabet as well as any characters, so that close strings come up often.
        String a = in.chance(0.5) ? in.anyString(12) : in.string(12, "abc-_");
        String b = in.chance(0.5) ? in.anyString(12) : in.string(12, "abc-_");
        int d = EditDistance.levenshtein(a, b);
        assertThat(d).isEqualTo(EditDistance.levenshtein(b, a)).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
        assertThat(EditDistance.levenshtein(a, b, 2)).isEqualTo(Math.min(d, 3));
    }
}
