package dev.bulwark.core;

import java.util.List;

/**
 * One reported problem. {@code severity} is the effective severity after configuration; the
 * rule's default is in {@code rule}. {@code range} points into the file's {@link SourceText};
 * {@code redactions} are ranges whose text is a secret and must never be shown in any output
 * (the message itself is already written without the secret). {@code related} are other places
 * the finding involves, in other files or elsewhere in this one (an anchor's user, an override).
 */
public record Finding(
        RuleMeta rule,
        Severity severity,
        Location location,
        TextRange range,
        String message,
        List<TextRange> redactions,
        List<RelatedLocation> related) {

    public Finding {
        redactions = List.copyOf(redactions);
        related = List.copyOf(related);
    }

    /** A finding with no related location. */
    public Finding(RuleMeta rule, Severity severity, Location location, TextRange range, String message,
                   List<TextRange> redactions) {
        this(rule, severity, location, range, message, redactions, List.of());
    }

    public String path() {
        return location.path();
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, location, range, message, redactions, related);
    }
}
