package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorModeTest {
    @Test
    void autoColoursOnlyATerminalWithoutNoColor() {
        assertThat(ColorMode.AUTO.enabled(true, Map.of())).isTrue();
        assertThat(ColorMode.AUTO.enabled(false, Map.of())).isFalse();
        assertThat(ColorMode.AUTO.enabled(true, Map.of("NO_COLOR", "1"))).isFalse();
        // no-color.org: an empty NO_COLOR does not count.
        assertThat(ColorMode.AUTO.enabled(true, Map.of("NO_COLOR", ""))).isTrue();
    }

    @Test
    void alwaysAndNeverIgnoreTheSurroundings() {
        assertThat(ColorMode.ALWAYS.enabled(false, Map.of("NO_COLOR", "1"))).isTrue();
        assertThat(ColorMode.NEVER.enabled(true, Map.of())).isFalse();
    }
}
