package dev.bulwark.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest
    @CsvSource({
        "500m, 0.5",
        "2, 2",
        "1.5, 1.5",
        "0.25, 0.25",
        ".5, 0.5",
        "100n, 0.0000001",
        "10u, 0.00001",
        "1k, 1000",
        "1M, 1000000",
        "2G, 2000000000",
        "1Ki, 1024",
        "1Mi, 1048576",
        "1Gi, 1073741824",
        "1.5Gi, 1610612736",
        "1Ti, 1099511627776",
        "1e3, 1000",
        "5E-2, 0.05",
        "+3, 3",
        "-1, -1",
    })
    void parsesTheApiGrammar(String text, String expected) {
        assertThat(Quantity.parse(text).get().value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1GB", "512mb", "1gi", "1K", "abc", "", "m", "1.2.3", "1e", "1e99999", "Gi", "1 Gi"})
    void rejectsWhatTheApiRejects(String text) {
        assertThat(Quantity.parse(text)).isEmpty();
    }

    @Test
    void convertsToMillisAndWholeUnitsRoundingUp() {
        assertThat(Quantity.parse("500m").get().millis()).isEqualTo(500);
        assertThat(Quantity.parse("0.1").get().millis()).isEqualTo(100);
        assertThat(Quantity.parse("1n").get().millis()).isEqualTo(1);
        assertThat(Quantity.parse("1.5").get().whole()).isEqualTo(2);
        assertThat(Quantity.parse("4Gi").get().whole()).isEqualTo(4L << 30);
        assertThat(Quantity.parse("100E").get().whole()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void comparesByValueWhateverTheNotation() {
        assertThat(Quantity.parse("1Gi").get()).isEqualTo(Quantity.parse("1024Mi").get());
        assertThat(Quantity.parse("1Gi").get().hashCode()).isEqualTo(Quantity.parse("1024Mi").get().hashCode());
        assertThat(Quantity.parse("1G").get()).isLessThan(Quantity.parse("1Gi").get());
        assertThat(Quantity.parse("0").get().isZero()).isTrue();
        assertThat(Quantity.parse("-1").get().isNegative()).isTrue();
        assertThat(Quantity.parse("1Gi").get().text()).isEqualTo("1Gi");
    }
}
