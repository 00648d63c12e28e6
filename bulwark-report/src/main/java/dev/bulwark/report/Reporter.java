package dev.bulwark.report;

import java.io.IOException;

/** Writes one report format. Same input, same bytes: no clock, no environment, no hash order. */
public interface Reporter {

    /** The format name accepted by {@link Reporters#forFormat(String, boolean)}. */
    String format();

    /** Writes the whole report, ending with a newline. Never closes {@code out}. */
    void write(ReportInput in, Appendable out) throws IOException;
}
