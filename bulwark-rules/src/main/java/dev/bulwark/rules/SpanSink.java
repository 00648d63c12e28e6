package dev.bulwark.rules;

import dev.bulwark.core.Fix;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.util.List;

/**
 * Where rules on multi-file targets report (Compose projects, Kubernetes manifest sets): each
 * finding carries its file in a {@link Span}, since the culprit may sit in an override file, an
 * {@code extends} base, an included file or an anchor's definition. The engine turns spans into
 * locations and applies the landing file's severities and suppressions.
 */
public interface SpanSink {

    /** Reports a finding at {@code at}; {@code message} names the culprit. */
    void report(Span at, String message);

    /**
     * Reports a finding about a value that belongs to {@code owner} (a service, a container). When
     * {@code at} lies outside {@code owner} (the value was reached through a YAML anchor, an
     * {@code extends} base or another file), the finding also names the owner, so both places show:
     * "used by service `api`".
     */
    void report(Span at, String message, Span owner, String ownerName);

    /** Reports a finding with explicit related places. */
    void report(Span at, String message, List<RelatedLocation> related);

    /**
     * Reports a finding whose {@code secrets} ranges, in {@code at}'s file, hold secret values. No
     * output ever shows the text in those ranges; {@code message} must not contain it either.
     */
    void reportSecret(Span at, String message, List<TextRange> secrets);

    /** Reports a finding that {@code fix} repairs; its edits are in {@code at}'s file. */
    default void report(Span at, String message, Fix fix) {
        report(at, message);
    }

    /** Reports a finding about a value of {@code owner} (as above) that {@code fix} repairs; its edits are in {@code at}'s file. */
    default void report(Span at, String message, Span owner, String ownerName, Fix fix) {
        report(at, message, owner, ownerName);
    }
}
