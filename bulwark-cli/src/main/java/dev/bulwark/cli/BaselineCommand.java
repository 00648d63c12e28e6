package dev.bulwark.cli;

import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.report.Baseline;
import dev.bulwark.report.SourceLookup;
import dev.bulwark.report.ToolInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bulwark baseline}: audits as {@code check} would (same paths, configuration, selection
 * and imports) and writes every finding to a baseline file, which {@code check --baseline} then
 * leaves out. Exit 0 once written, whatever the findings; 2 for usage errors, 3 when a rule crashed.
 */
final class BaselineCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.of("bulwark baseline",
            "Write the current findings to a baseline file, which check --baseline FILE leaves out.",
            PositionalSpec.any("PATH", "Files or directories to audit (default: .)."),
            StandardOptions.plus(options()));

    private final Invocation invocation;
    private final ParsedArgs args;
    private final AuditOptions audit;

    BaselineCommand(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.args = args;
        this.audit = new AuditOptions(invocation, args);
    }

    private static OptionSpec[] options() {
        List<OptionSpec> options = new ArrayList<>();
        options.add(OptionSpec.value("FILE", new ValueType.Text(),
                "Write the baseline to FILE (default: " + Baseline.DEFAULT_FILE + ").", "-o", "--output"));
        options.addAll(AuditOptions.SPECS);
        options.add(ScanImports.SPEC);
        return options.toArray(new OptionSpec[0]);
    }

    @Override
    public int call() throws IOException {
        Optional<AuditOptions.Prepared> prepared = audit.prepare();
        if (prepared.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Optional<ScanImports> imports = ScanImports.read(invocation, args, audit);
        if (imports.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RuleCatalog catalog = prepared.get().catalog();
        AuditResult audited = audit.auditor(catalog).audit(prepared.get().inputs(), prepared.get().settings(), false);
        Optional<AuditResult> result = imports.get().addTo(audited, catalog, prepared.get().settings(), audit);
        if (result.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Baseline baseline = Baseline.of(result.get().findings(), SourceLookup.of(result.get().sources().values()));
        String name = args.value("--output").orElse(Baseline.DEFAULT_FILE);
        try (Writer out = Files.newBufferedWriter(invocation.resolve(name), StandardCharsets.UTF_8)) {
            baseline.write(new ToolInfo("bulwark", VersionProvider.version(), ""), out);
        } catch (IOException e) {
            return audit.usageError(name + ": cannot write: " + AuditOptions.reason(e));
        }
        int n = baseline.entries().size();
        invocation.err().println("bulwark: wrote " + n + " finding" + (n == 1 ? "" : "s") + " to " + name);
        if (result.get().internalError()) {
            return audit.exitCode(result.get());
        }
        return ExitCodes.CLEAN;
    }
}
