package dev.bulwark.core;

import java.util.List;

/**
 * One reported problem. {@code severity} is the effective severity after configuration; the
 * rule's default is in {@code rule}. {@code range} points into the file's {@link SourceText};
 * {@code redactions} are ranges whose text is a secret and must never be shown in any output
 * (the message itself is already written without the secret).
 */
public record Finding(
        RuleMeta rule,
        Severity severity,
        Location location,
        TextRange range,
        String message,
        List<TextRange> redactions) {

    public Finding {
        redactions = List.copyOf(redactions);
    }

    public String path() {
        return location.path();
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, location, range, message, redactions);
    }
}
