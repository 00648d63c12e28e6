package dev.bulwark.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
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

    @Property(tries = 200)
    void distanceIsASymmetricMetricBoundedByLength(@ForAll @StringLength(max = 12) String a,
                                                   @ForAll @StringLength(max = 12) String b) {
        int d = DidYouMean.distance(a, b);
        assertThat(d).isEqualTo(DidYouMean.distance(b, a));
        assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
        assertThat(d == 0).isEqualTo(a.equals(b));
    }
}
