package dev.bulwark.cli;

import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.SkippedFile;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.RuleDescriptor;
import dev.bulwark.report.SkippedInput;
import dev.bulwark.report.SourceLookup;
import dev.bulwark.report.ToolInfo;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.docs.RuleDocs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a report shows of an audit: the rules that ran, the findings with their sources, the
 * skipped files and the tool's version. Shared by {@code check} and the Maven plugin, so a report
 * reads the same whichever ran the audit.
 */
public final class AuditReports {
    private AuditReports() {
    }

    /** Which rules' documentation a report carries: none, every rule that ran (SARIF), those with findings (HTML). */
    public enum Help {
        NONE,
        ALL,
        WITH_FINDINGS
    }

    /** @param withHelp the rules' documentation as help (SARIF) */
    public static ReportInput of(RuleCatalog catalog, Settings settings, AuditResult result, boolean withHelp) {
        return of(catalog, settings, result, withHelp ? Help.ALL : Help.NONE);
    }

    public static ReportInput of(RuleCatalog catalog, Settings settings, AuditResult result, Help help) {
        Set<String> withFindings = new HashSet<>();
        for (Finding finding : result.findings()) {
            withFindings.add(finding.rule().code());
        }
        FileSettings global = settings.withoutPath();
        List<RuleDescriptor> ran = new ArrayList<>();
        for (RuleMeta meta : catalog.metas()) {
            if (global.enabled(meta) || withFindings.contains(meta.code())) {
                // Only SARIF shows every rule's help and HTML that of the rules with findings; reading
                // every doc resource (and creating every rule) costs start-up time otherwise.
                boolean docs = help == Help.ALL || help == Help.WITH_FINDINGS && withFindings.contains(meta.code());
                ran.add(docs ? new RuleDescriptor(meta, RuleDocs.of(rule(catalog, meta)).page())
                        : RuleDescriptor.of(meta));
            }
        }
        List<SkippedInput> skipped = new ArrayList<>(result.skipped().size());
        for (SkippedFile s : result.skipped()) {
            skipped.add(new SkippedInput(s.path(), s.reason().id(), s.reason().description()));
        }
        return new ReportInput(new ToolInfo("bulwark", VersionProvider.version(), ""), ran, result.findings(),
                SourceLookup.of(result.sources().values()), result.failOn(), result.filesTotal(), skipped,
                settings.asOf().toString());
    }

    /** The version of bulwark these classes belong to. */
    public static String version() {
        return VersionProvider.version();
    }

    private static Rule rule(RuleCatalog catalog, RuleMeta meta) {
        Optional<Rule> rule = catalog.rule(meta.code());
        if (rule.isEmpty()) {
            throw new IllegalStateException("no rule " + meta.code());
        }
        return rule.get();
    }
}
