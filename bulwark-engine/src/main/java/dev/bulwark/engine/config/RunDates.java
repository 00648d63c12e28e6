package dev.bulwark.engine.config;

import dev.bulwark.rules.lifecycle.Dates;
import java.time.LocalDate;

/**
 * The run's date. Today is the UTC day of the system clock: asking the JVM for the local time
 * zone would load the time-zone database at every start, and a day's difference at the edge
 * of a support window does not change what a finding asks for. The hidden system property
 * {@code bulwark.today} (YYYY-MM-DD) replaces the clock: the test suite sets it, so that no test's
 * verdict changes as the calendar moves.
 */
final class RunDates {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private RunDates() {
    }

    static LocalDate today() {
        String fixed = System.getProperty("bulwark.today");
        LocalDate day = fixed == null ? null : Dates.parse(fixed);
        return day != null ? day : LocalDate.ofEpochDay(Math.floorDiv(System.currentTimeMillis(), MILLIS_PER_DAY));
    }

    /** {@code YYYY-MM-DD} as given to {@code --as-of} or {@code as-of:}; null when it is no day of the calendar. */
    static LocalDate parse(String text) {
        return Dates.parse(text.strip());
    }

    /** The error for a value that is no date. */
    static String notADate(String text) {
        return "`" + text + "` is not a date: expected YYYY-MM-DD, as 2026-11-01";
    }
}
