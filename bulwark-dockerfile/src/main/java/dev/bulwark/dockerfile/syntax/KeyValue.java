package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;

/**
 * One ENV or LABEL pair (spec 1.6). Key and value are raw text, quotes and escapes kept: the
 * expander removes them. {@code legacyForm} is the {@code KEY value...} form, whose value is the
 * rest of the line verbatim.
 */
public record KeyValue(String key, String value, TextRange keyRange, TextRange valueRange, boolean legacyForm) {

    public TextRange range() {
        return keyRange.cover(valueRange);
    }
}
