package dev.bulwark.core;

import java.util.List;

/**
 * One reported problem. {@code severity} is the effective severity after configuration; the
 * rule's default is in {@code rule}. {@code range} points into the file's {@link SourceText};
 * {@code redactions} are ranges whose text is a secret and must never be shown in any output
 * (the message itself is already written without the secret). {@code related} are other places
 * the finding involves, in other files or elsewhere in this one (an anchor's user, an override).
 * {@code fix} repairs it ({@link Fix#NONE} when the rule has none, or when fixes were not asked for);
 * its edits point into the same source as {@code range}.
 */
public record Finding(
        RuleMeta rule,
        Severity severity,
        Location location,
        TextRange range,
        String message,
        List<TextRange> redactions,
        List<RelatedLocation> related,
        Fix fix) {

    public Finding {
        redactions = List.copyOf(redactions);
        related = List.copyOf(related);
        if (fix == null) {
            throw new NullPointerException("fix");
        }
    }

    /** A finding without a fix. */
    public Finding(RuleMeta rule, Severity severity, Location location, TextRange range, String message,
                   List<TextRange> redactions, List<RelatedLocation> related) {
        this(rule, severity, location, range, message, redactions, related, Fix.NONE);
    }

    /** A finding with no related location. */
    public Finding(RuleMeta rule, Severity severity, Location location, TextRange range, String message,
                   List<TextRange> redactions) {
        this(rule, severity, location, range, message, redactions, List.of(), Fix.NONE);
    }

    public String path() {
        return location.path();
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, location, range, message, redactions, related, fix);
    }

    public Finding withFix(Fix newFix) {
        return new Finding(rule, severity, location, range, message, redactions, related, newFix);
    }
}
