package dev.bulwark.rules;

import dev.bulwark.core.Fix;
import dev.bulwark.core.TextRange;
import java.util.List;

/**
 * Where a rule reports. Ranges are offsets into the checked file's source text; the engine
 * turns them into locations, applies severities and suppressions.
 */
public interface FindingSink {

    /** Reports a finding at {@code range}; {@code message} names the culprit. */
    void report(TextRange range, String message);

    /**
     * Reports a finding whose {@code secrets} ranges hold secret values. No output ever shows
     * the text in those ranges; {@code message} must not contain it either.
     */
    void reportSecret(TextRange range, String message, List<TextRange> secrets);

    /**
     * Reports a finding that {@code fix} repairs. A sink that does not keep fixes reports it
     * without; a rule whose fix takes work to compute asks {@link #wantsFixes()} first.
     */
    default void report(TextRange range, String message, Fix fix) {
        report(range, message);
    }

    /** True when fixes are kept: {@code bulwark fix}, and reports that show them (JSON, SARIF). */
    default boolean wantsFixes() {
        return false;
    }
}
