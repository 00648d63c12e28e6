package dev.bulwark.cli;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.imports.ScanImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --import FILE} (repeatable), for {@code check} and {@code baseline}: scanner reports
 * (Trivy, Grype) whose vulnerabilities join the audit's findings. Files are read before the
 * audit, so a missing or foreign file is a usage error that costs no audit.
 */
final class ScanImports {
    static final String OPTION = "--import";
    static final OptionSpec SPEC = OptionSpec.repeated("FILE", new ValueType.Text(),
            "Add the vulnerabilities of a Trivy (trivy image -f json) or Grype (grype -o json) report as findings (repeatable).",
            OPTION);
    /** The file kind reports show for an imported report. */
    static final String KIND = "scan";

    private final List<SourceText> reports;

    private ScanImports(List<SourceText> reports) {
        this.reports = reports;
    }

    /** The reports named on the command line; empty after reporting a usage error. */
    static Optional<ScanImports> read(Invocation invocation, ParsedArgs args, AuditOptions audit) {
        List<SourceText> reports = new ArrayList<>();
        for (String name : args.values(OPTION)) {
            try {
                String text = Files.readString(invocation.resolve(name), StandardCharsets.UTF_8);
                reports.add(new SourceText(name, text));
            } catch (IOException e) {
                audit.usageError(name + ": cannot read: " + AuditOptions.reason(e));
                return Optional.empty();
            }
        }
        return Optional.of(new ScanImports(reports));
    }

    boolean isEmpty() {
        return reports.isEmpty();
    }

    /**
     * The audit with the reports' findings added in report order, or empty after reporting a
     * report that is neither Trivy's nor Grype's.
     */
    Optional<AuditResult> addTo(AuditResult result, RuleCatalog catalog, Settings settings, AuditOptions audit) {
        if (reports.isEmpty()) {
            return Optional.of(result);
        }
        ScanImport.Imported imported;
        try {
            imported = new ScanImport(catalog, settings.withoutPath(), result.images()).of(reports);
        } catch (ScanImport.InvalidReport e) {
            audit.usageError(e.getMessage());
            return Optional.empty();
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(imported.findings());
        findings.sort(Auditor.ORDER);
        Map<String, SourceText> sources = new HashMap<>(result.sources());
        for (SourceText s : imported.sources()) {
            sources.putIfAbsent(s.path(), s);
        }
        return Optional.of(result.withFindings(findings, sources));
    }

    /** The audited files' kinds, and each report as a scan. */
    Map<String, String> fileKinds(AuditResult result) {
        Map<String, String> kinds = new HashMap<>(result.fileKinds());
        for (SourceText s : reports) {
            kinds.put(s.path(), KIND);
        }
        return kinds;
    }
}
