package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One practice's line of the scorecard: how many of its rules ran on files of their kind, and
 * how many findings each severity has. A practice none of whose rules could judge any audited
 * file (Kubernetes probes in a run of Dockerfiles, vulnerability scanning without an import) is
 * not applicable; one whose rules ran and found nothing passes.
 */
record PracticeScore(Practice practice, int rules, int errors, int warnings, int infos) {

    enum State { PASS, FINDINGS, NOT_APPLICABLE }

    State state() {
        if (errors + warnings + infos > 0) {
            return State.FINDINGS;
        }
        return rules > 0 ? State.PASS : State.NOT_APPLICABLE;
    }

    int findings() {
        return errors + warnings + infos;
    }

    /** The most severe severity with findings; INFO when there are none. */
    Severity worst() {
        return errors > 0 ? Severity.ERROR : warnings > 0 ? Severity.WARNING : Severity.INFO;
    }

    /** Every practice in declaration order. */
    static List<PracticeScore> of(ReportInput in) {
        Set<String> kinds = new HashSet<>(in.fileKinds().values());
        Map<Practice, Integer> rules = new EnumMap<>(Practice.class);
        for (RuleDescriptor r : in.rules()) {
            if (applies(r, kinds)) {
                rules.merge(r.meta().practice(), 1, Integer::sum);
            }
        }
        Map<Practice, int[]> counts = new EnumMap<>(Practice.class);
        for (Finding f : in.findings()) {
            int[] c = counts.get(f.rule().practice());
            if (c == null) {
                c = new int[3];
                counts.put(f.rule().practice(), c);
            }
            c[f.severity().ordinal()]++;
        }
        List<PracticeScore> scores = new ArrayList<>();
        for (Practice p : Practice.values()) {
            int[] c = counts.getOrDefault(p, new int[3]);
            scores.add(new PracticeScore(p, rules.getOrDefault(p, 0), c[0], c[1], c[2]));
        }
        return scores;
    }

    /** Without file kinds (a report built by hand) every rule but the imports' counts as run. */
    private static boolean applies(RuleDescriptor r, Set<String> kinds) {
        if (kinds.isEmpty()) {
            return !r.meta().prefix().equals("IM");
        }
        for (String kind : kinds) {
            if (RuleScope.appliesTo(r.meta(), kind)) {
                return true;
            }
        }
        return false;
    }
}
