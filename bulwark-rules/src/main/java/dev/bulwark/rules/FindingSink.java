package dev.bulwark.rules;

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
}
