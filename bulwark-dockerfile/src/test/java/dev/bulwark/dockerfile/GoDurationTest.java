package dev.bulwark.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Durations summed in longs give what the all-BigDecimal parser gave, overflow included. */
class GoDurationTest {
    private static final String[] PIECES = {"0", "1", "5", "9", "30", "90", ".", ".5", "1.", "s", "ms", "us", "µs", "ns",
        "m", "h", "x", "-", "+", "9223372036854775807", "2562047", "2562048", "000000000000000000000000000000001",
        "99999999999999999999"};

    @Test
    void asTheBigDecimalParser() {
        List<String> inputs = new ArrayList<>(List.of("", "0", "-0", "+0", "30s", "1m30s", "1.5s", "-1.5h", ".5s", "5.s",
                "2562047h", "2562048h", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775807ns",
                "1h1h", "1", "s", "1.2.3s", "0.000000001s"));
        Random random = new Random(9);
        for (int i = 0; i < 30000; i++) {
            StringBuilder s = new StringBuilder();
            int pieces = 1 + random.nextInt(6);
            for (int j = 0; j < pieces; j++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            inputs.add(s.toString());
        }
        int valid = 0;
        for (String input : inputs) {
            assertThat(GoDuration.parse(input)).as("'%s'", input).isEqualTo(GoDurationByBigDecimal.parse(input));
            valid += GoDuration.parse(input).isPresent() ? 1 : 0;
        }
        assertThat(valid).isGreaterThan(1000);
    }
}
