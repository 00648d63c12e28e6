package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailThresholdTest {

    @ParameterizedTest(name = "fail-on {0}: {1} fails? {2}")
    @CsvSource({
            "error,   error,   true",
            "error,   warning, false",
            "error,   info,    false",
            "warning, error,   true",
            "warning, warning, true",
            "warning, info,    false",
            "info,    error,   true",
            "info,    warning, true",
            "info,    info,    true",
            "none,    error,   false",
            "none,    warning, false",
            "none,    info,    false"})
    void failsOnTheThresholdAndEverythingMoreSevere(String threshold, String severity, boolean fails) {
        FailThreshold t = FailThreshold.fromId(threshold).orElseThrow();
        Severity s = Severity.fromId(severity).orElseThrow();
        assertThat(t.failsOn(s)).isEqualTo(fails);
    }

    @Test
    void idsRoundTripIgnoringCase() {
        assertThat(Arrays.stream(FailThreshold.values()).map(FailThreshold::id))
                .containsExactly("error", "warning", "info", "none");
        for (FailThreshold t : FailThreshold.values()) {
            assertThat(FailThreshold.fromId(t.id())).contains(t);
            assertThat(FailThreshold.fromId(t.id().toUpperCase(Locale.ROOT))).contains(t);
        }
        assertThat(FailThreshold.fromId("None")).contains(FailThreshold.NONE);
        assertThat(FailThreshold.fromId("fatal")).isEmpty();
        assertThat(FailThreshold.fromId("")).isEmpty();
    }

    @Test
    void aThresholdNamesEverySeverityById() {
        for (Severity s : Severity.values()) {
            assertThat(FailThreshold.fromId(s.id())).isPresent();
        }
    }

    @Test
    void aMissingSeverityIsABug() {
        assertThatNullPointerException().isThrownBy(() -> FailThreshold.NONE.failsOn(null));
    }
}
