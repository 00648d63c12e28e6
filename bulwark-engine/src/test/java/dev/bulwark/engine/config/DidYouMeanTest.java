package dev.bulwark.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void suggestsCloseWordsOnly() {
        List<String> keys = List.of("select", "ignore", "severity", "fail-on");
        assertThat(DidYouMean.suggest("selct", keys)).contains("select");
        assertThat(DidYouMean.suggest("fail_on", keys)).contains("fail-on");
        assertThat(DidYouMean.suggest("SEVERITY", keys)).contains("severity");
        assertThat(DidYouMean.suggest("select", keys)).isEmpty();
        assertThat(DidYouMean.suggest("colour", keys)).isEmpty();
        assertThat(DidYouMean.suggest("x", List.of("ab"))).isEmpty();
    }

    @SeededProperty(cases = 200)
    void distanceIsASymmetricMetricBoundedByLength(long seed) {
        SeededInputs in = SeededInputs.of(seed);
        // A small alphabet half of the time, so that close and equal strings come up often.
        String a = in.chance(0.5) ? in.anyString(12) : in.string(12, "abc-");
        String b = in.chance(0.5) ? in.anyString(12) : in.string(12, "abc-");
        int d = DidYouMean.distance(a, b);
        assertThat(d).isEqualTo(DidYouMean.distance(b, a));
        assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
        assertThat(d == 0).isEqualTo(a.equals(b));
    }
}
