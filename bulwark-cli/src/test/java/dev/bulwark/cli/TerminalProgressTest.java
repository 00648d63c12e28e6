package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line: silent for quick runs, erased when the run ends. */
class TerminalProgressTest {

    @Test
    void aQuickRunShowsNothing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(err, true, StandardCharsets.UTF_8));
        progress.started(3);
        progress.inputDone();
        progress.inputDone();
        progress.inputDone();
        progress.finish();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aLongRunShowsDoneOverTotalAndErasesIt() throws InterruptedException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(err, true, StandardCharsets.UTF_8));
        progress.started(2);
        Thread.sleep(1100);
        progress.inputDone();
        progress.inputDone();
        progress.finish();
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\rbulwark: 1 / 2 files").contains("\rbulwark: 2 / 2 files");
        // The last write blanks the line and returns to its start.
        assertThat(shown).endsWith("\r" + " ".repeat("bulwark: 2 / 2 files".length()) + "\r");
    }
}
