package dev.bulwark.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run date rules are tested against. A fixture or example pins its own with a comment line
 * {@code # as-of: 2024-06-01} (the first one in its files wins); everything else is judged as of
 * {@link #DEFAULT}, a fixed day, so that no test changes its verdict as the calendar moves.
 */
public final class TestDates {
    /** The day tests judge dates against unless a fixture names its own. */
    public static final LocalDate DEFAULT = LocalDate.of(2026, 11, 1);
    private static final Pattern AS_OF = Pattern.compile("(?m)^\\s*#\\s*as-of:\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$");

    private TestDates() {
    }

    /** The date a {@code # as-of:} line of {@code text} names, else {@link #DEFAULT}. */
    public static LocalDate of(String text) {
        Matcher m = AS_OF.matcher(text);
        return m.find() ? LocalDate.parse(m.group(1)) : DEFAULT;
    }

    /** The date the first {@code # as-of:} line of the files names, else {@link #DEFAULT}. */
    public static LocalDate ofFiles(List<YamlRules.TestFile> files) {
        for (YamlRules.TestFile f : files) {
            if (AS_OF.matcher(f.text()).find()) {
                return of(f.text());
            }
        }
        return DEFAULT;
    }
}
