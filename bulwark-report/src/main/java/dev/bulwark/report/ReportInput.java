package dev.bulwark.report;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import java.util.List;
import java.util.Objects;

/**
 * Everything a reporter needs. {@code rules} are all rules that ran (SARIF lists them even when
 * they found nothing); {@code findings} are already in report order (path, offset, rule) and are
 * written in that order; {@code failThreshold} is the run's {@code fail-on}: the severity at or
 * above which it fails, or {@code none}; {@code skipped} are the files found and not audited;
 * {@code asOf} is the day the run judged dates against ({@code YYYY-MM-DD}), empty when unknown.
 */
public record ReportInput(
        ToolInfo tool,
        List<RuleDescriptor> rules,
        List<Finding> findings,
        SourceLookup sources,
        FailThreshold failThreshold,
        int filesChecked,
        List<SkippedInput> skipped,
        String asOf) {

    public ReportInput {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(failThreshold, "failThreshold");
        Objects.requireNonNull(asOf, "asOf");
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
        if (filesChecked < 0) {
            throw new IllegalArgumentException("filesChecked must not be negative: " + filesChecked);
        }
    }

    /** A report that records no run date. */
    public ReportInput(ToolInfo tool, List<RuleDescriptor> rules, List<Finding> findings, SourceLookup sources,
                       FailThreshold failThreshold, int filesChecked, List<SkippedInput> skipped) {
        this(tool, rules, findings, sources, failThreshold, filesChecked, skipped, "");
    }

    /** A report of a run that skipped nothing. */
    public ReportInput(ToolInfo tool, List<RuleDescriptor> rules, List<Finding> findings, SourceLookup sources,
                       FailThreshold failThreshold, int filesChecked) {
        this(tool, rules, findings, sources, failThreshold, filesChecked, List.of());
    }

    public Summary summary() {
        return Summary.of(this);
    }
}
