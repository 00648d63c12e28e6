package dev.bulwark.rules.lifecycle;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * {@code YYYY-MM-DD} read by hand: {@code LocalDate.parse} would initialise the JDK's date
 * formatters, whose lambdas a Dockerfile check must not link at start-up.
 */
public final class Dates {
    private Dates() {
    }

    /** The day {@code text} names, or null when it is not a {@code YYYY-MM-DD} date of the calendar. */
    public static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
