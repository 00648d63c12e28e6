package dev.bulwark.engine.suppress;

import dev.bulwark.core.Finding;
import java.util.List;

/**
 * A finding before suppression, with the codes that may suppress it: its own, and for a crashed
 * rule's {@code BW002} also the crashed rule's code (suppressing a rule for a file silences its
 * crash there, as the diagnostic's fix hint advises). {@code crash} marks internal errors.
 */
public record Candidate(Finding finding, List<String> codes, boolean crash) {

    public Candidate {
        codes = List.copyOf(codes);
    }

    public static Candidate of(Finding finding) {
        return new Candidate(finding, List.of(finding.rule().code()), false);
    }

    public static Candidate crash(Finding finding, String crashedRuleCode) {
        return new Candidate(finding, List.of(finding.rule().code(), crashedRuleCode), true);
    }
}
