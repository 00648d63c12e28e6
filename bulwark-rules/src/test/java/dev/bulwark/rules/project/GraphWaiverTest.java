package dev.bulwark.rules.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphWaiverTest {

    @Test
    void aWholeFileWaiverTakesEveryFindingOfItsRuleOnly() {
        GraphWaiver w = GraphWaiver.wholeFile("DF006");
        assertThat(w.waives("DF006", TextRange.of(120, 130))).isTrue();
        assertThat(w.waives("DF009", TextRange.of(120, 130))).isFalse();
    }

    @Test
    void aPlacedWaiverTakesFindingsThatStartInOneOfItsPlaces() {
        GraphWaiver w = new GraphWaiver("DF003", List.of(TextRange.of(10, 20), TextRange.empty(40)));
        assertThat(w.waives("DF003", TextRange.of(10, 20))).isTrue();
        assertThat(w.waives("DF003", TextRange.of(15, 30))).isTrue();
        assertThat(w.waives("DF003", TextRange.empty(40))).isTrue();
        assertThat(w.waives("DF003", TextRange.of(20, 25))).isFalse();
        assertThat(w.waives("DF003", TextRange.of(5, 15))).isFalse();
        assertThat(w.waives("DF002", TextRange.of(10, 20))).isFalse();
        assertThat(GraphWaiver.anyWaives(List.of(GraphWaiver.wholeFile("DF009"), w), "DF003", TextRange.of(30, 35)))
                .isFalse();
        assertThat(GraphWaiver.anyWaives(List.of(GraphWaiver.wholeFile("DF009"), w), "DF009", TextRange.of(30, 35)))
                .isTrue();
    }
}
