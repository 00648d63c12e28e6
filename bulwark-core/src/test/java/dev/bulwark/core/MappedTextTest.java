package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MappedTextTest {

    @Test
    void mapsJoinedContinuationBackToPhysicalLines() {
        String source = "RUN apt-get update \\\n    && apt-get install -y curl\n";
        // Logical line: "apt-get update " + "    && apt-get install -y curl"
        MappedText logical = MappedText.builder()
                .appendRun("apt-get update ", 4)
                .appendRun("    && apt-get install -y curl", 21)
                .build();
        assertThat(logical.text()).isEqualTo("apt-get update     && apt-get install -y curl");
        int curl = logical.text().indexOf("curl");
        TextRange inSource = logical.toSource(TextRange.of(curl, curl + 4));
        assertThat(inSource.textOf(source)).isEqualTo("curl");
        LineIndex lines = new LineIndex(source);
        assertThat(lines.line(inSource.start())).isEqualTo(2);
    }

    @Test
    void rangeEndingAtRunBoundaryDoesNotSwallowTheContinuation() {
        MappedText logical = MappedText.builder().appendRun("ab", 0).appendRun("cd", 5).build();
        assertThat(logical.toSource(TextRange.of(0, 2))).isEqualTo(TextRange.of(0, 2));
        assertThat(logical.toSource(TextRange.of(1, 3))).isEqualTo(TextRange.of(1, 6));
    }

    @Test
    void syntheticTextMapsToOnePoint() {
        MappedText t = MappedText.builder().appendRun("a", 0).appendSynthetic("\n", 1).appendRun("b", 3).build();
        assertThat(t.text()).isEqualTo("a\nb");
        assertThat(t.toSource(1)).isEqualTo(1);
        assertThat(t.toSource(2)).isEqualTo(3);
        assertThat(t.sub(1, 3).text()).isEqualTo("\nb");
        assertThat(t.sub(1, 3).toSource(1)).isEqualTo(3);
    }

    // The whole domain the property used to sample (starts 0..50, lengths 0..30), exhaustively.
    @Test
    void identityMapsEveryOffsetByItsStart() {
        for (int start = 0; start <= 50; start++) {
            for (int len = 0; len <= 30; len++) {
                MappedText t = MappedText.identity("x".repeat(len), start);
                for (int i = 0; i <= len; i++) {
                    assertThat(t.toSource(i)).as("start %d, offset %d", start, i).isEqualTo(start + i);
                }
            }
        }
    }

    @Test
    void lineIndexTreatsCrLfLikeLf() {
        LineIndex idx = new LineIndex("FROM a\r\nRUN b\r\n");
        assertThat(idx.lineCount()).isEqualTo(2);
        assertThat(idx.lineText(1)).isEqualTo("FROM a");
        assertThat(idx.lineText(2)).isEqualTo("RUN b");
        assertThat(idx.position(8)).isEqualTo(new Position(2, 1));
    }
}
