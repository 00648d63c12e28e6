package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.TextRange;
import dev.bulwark.kubernetes.Field;

/**
 * Maps a range of a scalar's value to the source text, to redact exactly the secret part of a
 * longer value (a token inside a command line). The value maps one to one when it is written
 * plain or in quotes without escapes on one line; otherwise (escapes, folded or block scalars)
 * the whole value is the range, which redacts more, never less.
 */
final class ScalarRanges {
    private ScalarRanges() {
    }

    static TextRange of(Field field, int from, int to) {
        TextRange whole = field.valueSpan().range();
        String written = field.valueSpan().text();
        String value = field.textOrEmpty();
        if (written.equals(value)) {
            return TextRange.of(whole.start() + from, whole.start() + to);
        }
        if (written.length() == value.length() + 2 && written.regionMatches(1, value, 0, value.length())) {
            return TextRange.of(whole.start() + 1 + from, whole.start() + 1 + to);
        }
        return whole;
    }

    /** The value without its quotes, when it is written in quotes on one line; else the whole value span. */
    static TextRange value(Field field) {
        return of(field, 0, field.textOrEmpty().length());
    }
}
