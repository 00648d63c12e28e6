package dev.bulwark.engine.yaml;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.engine.pin.PinFinding;
import dev.bulwark.engine.suppress.Candidate;
import java.util.List;

/** The pin findings (BW005) of a Compose project or manifest file as candidates, each with its landing file's severity. */
final class PinCandidates {
    private PinCandidates() {
    }

    static List<Candidate> of(RuleMeta meta, LandingSettings settings, List<PinFinding> findings) {
        SpanCollector collector = new SpanCollector(meta, settings);
        for (PinFinding p : findings) {
            collector.report(p.at(), p.message(), p.fix());
        }
        return collector.found();
    }
}
