package dev.bulwark.report;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a reporter needs. {@code rules} are all rules that ran (SARIF lists them even when
 * they found nothing); {@code findings} are already in report order (path, offset, rule) and are
 * written in that order; {@code failThreshold} is the run's {@code fail-on}: the severity at or
 * above which it fails, or {@code none}; {@code skipped} are the files found and not audited;
 * {@code asOf} is the day the run judged dates against ({@code YYYY-MM-DD}), empty when unknown;
 * {@code fileKinds} maps every audited file to what it was read as ({@code dockerfile},
 * {@code compose}, {@code kubernetes}, {@code workflow}, {@code scan} for an imported scanner
 * report), sorted by path (empty when unknown); {@code baseline} says what a baseline took out,
 * when the run had one.
 */
public record ReportInput(
        ToolInfo tool,
        List<RuleDescriptor> rules,
        List<Finding> findings,
        SourceLookup sources,
        FailThreshold failThreshold,
        int filesChecked,
        List<SkippedInput> skipped,
        String asOf,
        Map<String, String> fileKinds,
        Optional<BaselineStatus> baseline) {

    public ReportInput {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(failThreshold, "failThreshold");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(baseline, "baseline");
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
        fileKinds = Collections.unmodifiableMap(new TreeMap<>(fileKinds));
        if (filesChecked < 0) {
            throw new IllegalArgumentException("filesChecked must not be negative: " + filesChecked);
        }
    }

    /** A report without file kinds or baseline. */
    public ReportInput(ToolInfo tool, List<RuleDescriptor> rules, List<Finding> findings, SourceLookup sources,
                       FailThreshold failThreshold, int filesChecked, List<SkippedInput> skipped, String asOf) {
        this(tool, rules, findings, sources, failThreshold, filesChecked, skipped, asOf, Map.of(), Optional.empty());
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

    public ReportInput withFileKinds(Map<String, String> kinds) {
        return new ReportInput(tool, rules, findings, sources, failThreshold, filesChecked, skipped, asOf, kinds,
                baseline);
    }

    public ReportInput withBaseline(BaselineStatus status) {
        return new ReportInput(tool, rules, findings, sources, failThreshold, filesChecked, skipped, asOf, fileKinds,
                Optional.of(status));
    }

    public Summary summary() {
        return Summary.of(this);
    }
}
