package dev.bulwark.engine.suppress;

import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.config.DidYouMean;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.engine.UnusedSuppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a file's suppressions to its findings (after severities are configured), drops findings
 * of rules the settings disable (engine diagnostics are raised unconditionally), and reports
 * suppressions that suppressed nothing ({@code BW003}) or name no rule ({@code BW004}). An unused
 * suppression of a rule that is not enabled for the file is not reported: it may be needed by a
 * run that selects more. Suppressions of {@code BW003}/{@code BW004} themselves only apply to
 * those findings and are never reported as unused, so the check cannot feed on itself. Another
 * tool's pragma ({@code # hadolint ignore=}) is that tool's business: unused, it is reported only
 * when {@code BW003}'s option {@value UnusedSuppression#REPORT_FOREIGN_PRAGMAS} says so, since
 * hadolint may still need it where bulwark's more precise rule does not fire.
 */
public final class Suppressor {
    private final RuleCatalog catalog;
    private final RuleMeta unused;
    private final RuleMeta unknown;
    private final Rule unusedRule;

    public Suppressor(RuleCatalog catalog, RuleMeta unusedSuppression, RuleMeta unknownRuleInSuppression) {
        this.catalog = catalog;
        this.unused = Objects.requireNonNull(unusedSuppression);
        this.unknown = Objects.requireNonNull(unknownRuleInSuppression);
        this.unusedRule = ruleOf(catalog, unusedSuppression);
    }

    private static Rule ruleOf(RuleCatalog catalog, RuleMeta meta) {
        Optional<Rule> rule = catalog.rule(meta.code());
        if (rule.isEmpty()) {
            throw new IllegalArgumentException("no rule " + meta.code());
        }
        return rule.get();
    }

    /** The findings that survive, and whether an internal error (a crash) is among them. */
    public record Outcome(List<Finding> findings, boolean crashed) {
        public Outcome {
            findings = List.copyOf(findings);
        }
    }

    public Outcome apply(List<Candidate> candidates, List<Suppression> suppressions, SourceText source,
                         FileSettings settings) {
        boolean[] used = new boolean[suppressions.size()];
        List<Finding> kept = new ArrayList<>();
        boolean crashed = false;
        for (Candidate c : candidates) {
            if (!suppress(c.finding(), c.codes(), suppressions, used)) {
                crashed |= c.crash();
                if (settings.enabled(c.finding().rule())) {
                    kept.add(c.finding());
                }
            }
        }
        List<Finding> diagnostics = new ArrayList<>();
        boolean foreign = settings.options(unusedRule, unused).bool(UnusedSuppression.REPORT_FOREIGN_PRAGMAS);
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            if (s.codes().isEmpty() && s.origin() == Suppression.Origin.BULWARK) {
                String message = s.written().isEmpty() ? "suppression names no rule"
                        : "unknown rule `" + s.written() + "` in suppression"
                        + DidYouMean.hint(s.written(), catalog.codesAndNames());
                addIfEnabled(diagnostics, unknown, s.comment(), message, source, settings);
            } else if (!used[i] && !isAboutSuppressions(s) && anyEnabled(s, settings)
                    && (foreign || s.origin() != Suppression.Origin.HADOLINT)) {
                addIfEnabled(diagnostics, unused, s.comment(), "unused suppression of `" + s.written() + "`", source,
                        settings);
            }
        }
        for (Finding d : diagnostics) {
            if (!suppress(d, List.of(d.rule().code()), suppressions, used)) {
                kept.add(d);
            }
        }
        return new Outcome(kept, crashed);
    }

    private boolean suppress(Finding f, List<String> codes, List<Suppression> suppressions, boolean[] used) {
        boolean suppressed = false;
        boolean metaFinding = f.rule().code().equals(unused.code()) || f.rule().code().equals(unknown.code());
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            for (String code : codes) {
                // A suppression comment's own diagnostics sit on the comment, outside any instruction.
                boolean applies = metaFinding ? s.fileWide() && s.codes().contains(code)
                        : s.covers(code, f.range().start());
                if (applies) {
                    used[i] = true;
                    suppressed = true;
                }
            }
        }
        return suppressed;
    }

    private boolean isAboutSuppressions(Suppression s) {
        return s.codes().contains(unused.code()) || s.codes().contains(unknown.code());
    }

    private boolean anyEnabled(Suppression s, FileSettings settings) {
        for (String code : s.codes()) {
            Optional<RuleMeta> meta = catalog.meta(code);
            if (meta.isPresent() && settings.enabled(meta.get())) {
                return true;
            }
        }
        return false;
    }

    private static void addIfEnabled(List<Finding> diagnostics, RuleMeta meta, TextRange range, String message,
                                     SourceText source, FileSettings settings) {
        if (settings.enabled(meta)) {
            diagnostics.add(new Finding(meta, settings.severity(meta), source.location(range), range, message,
                    List.of()));
        }
    }
}
