package dev.bulwark.engine.yaml;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Fix;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one rule's findings on a multi-file target. Each finding takes the severity its
 * landing file's settings give; the collector keeps them apart until the rule returns, so a rule
 * that crashes half-way contributes only its crash.
 */
public final class SpanCollector implements SpanSink {
    private final RuleMeta meta;
    private final LandingSettings settings;
    private final List<Candidate> found = new ArrayList<>();

    public SpanCollector(RuleMeta meta, LandingSettings settings) {
        this.meta = meta;
        this.settings = settings;
    }

    public List<Candidate> found() {
        return found;
    }

    @Override
    public void report(Span at, String message) {
        add(at, message, List.of(), List.of());
    }

    @Override
    public void report(Span at, String message, Span owner, String ownerName) {
        report(at, message, owner, ownerName, Fix.NONE);
    }

    @Override
    public void report(Span at, String message, Span owner, String ownerName, Fix fix) {
        if (owner.contains(at)) {
            add(at, message, List.of(), List.of(), fix);
        } else {
            add(at, message, List.of(), List.of(RelatedLocation.of(owner, "used by " + ownerName)), fix);
        }
    }

    @Override
    public void report(Span at, String message, List<RelatedLocation> related) {
        add(at, message, List.of(), related);
    }

    @Override
    public void reportSecret(Span at, String message, List<TextRange> secrets) {
        add(at, message, secrets, List.of());
    }

    @Override
    public void report(Span at, String message, Fix fix) {
        add(at, message, List.of(), List.of(), fix);
    }

    private void add(Span at, String message, List<TextRange> secrets, List<RelatedLocation> related) {
        add(at, message, secrets, related, Fix.NONE);
    }

    private void add(Span at, String message, List<TextRange> secrets, List<RelatedLocation> related, Fix fix) {
        FileSettings fs = settings.of(at.source());
        found.add(Candidate.of(new Finding(meta, fs.severity(meta), at.location(), at.range(), message, secrets,
                related, fix)));
    }
}
