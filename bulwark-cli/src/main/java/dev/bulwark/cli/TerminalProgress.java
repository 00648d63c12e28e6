package dev.bulwark.cli;

import dev.bulwark.engine.AuditProgress;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code files done / total} on stderr while a long audit runs in a terminal: nothing during the
 * first second (most runs end before), then one line rewritten in place at most ten times a
 * second, erased when the audit ends so the report starts on a clean line. Only created when
 * stderr is a terminal (see {@link Invocation#stderrIsTerminal()}); never touches stdout.
 */
final class TerminalProgress implements AuditProgress {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long started;
    private long lastDrawn;
    private int shownWidth;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void started(int inputs) {
        total = inputs;
        started = System.nanoTime();
    }

    @Override
    public void inputDone() {
        int now = done.incrementAndGet();
        long at = System.nanoTime();
        if (at - started < QUIET_NANOS) {
            return;
        }
        draw(now, at);
    }

    private synchronized void draw(int now, long at) {
        if (shownWidth > 0 && at - lastDrawn < REDRAW_NANOS && now < total) {
            return;
        }
        String line = "bulwark: " + now + " / " + total + " files";
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = line.length();
        lastDrawn = at;
    }

    /** Erases the line, if one was drawn. */
    synchronized void finish() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }
}
