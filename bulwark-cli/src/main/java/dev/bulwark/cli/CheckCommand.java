package dev.bulwark.cli;

import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.report.BaselineEntry;
import dev.bulwark.report.BaselineStatus;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.Reporter;
import dev.bulwark.report.Reporters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bulwark check}: audit files and directories, write a report, exit with the verdict.
 * User errors (a missing path, a bad configuration, an unwritable output) end here with one line
 * on stderr and exit 2; everything else is the engine's and the reporters' business.
 */
final class CheckCommand implements Command {
    static final OptionSpec COLOR = OptionSpec.choice(ColorMode.values(),
            "Colour the text report (default: auto: a terminal and no NO_COLOR).", "--color");
    static final CommandSpec SPEC = CommandSpec.of("bulwark check",
            "Audit Dockerfiles, Compose files and Kubernetes manifests (directories are searched for them).",
            PositionalSpec.any("PATH",
                    "Files or directories to audit (default: .); - reads a file from standard input."),
            StandardOptions.plus(options()));

    static final String FORMAT = "--format";
    static final String VERBOSE = "--verbose";

    private final Invocation invocation;
    private final ParsedArgs args;
    private final AuditOptions audit;
    private final List<String> formats;
    private final Optional<String> output;
    private final ColorMode color;

    CheckCommand(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.args = args;
        this.audit = new AuditOptions(invocation, args);
        this.formats = args.values(FORMAT);
        this.output = args.value("--output");
        this.color = args.choice("--color", ColorMode.values()).orElse(ColorMode.AUTO);
    }

    private static OptionSpec[] options() {
        List<OptionSpec> options = new ArrayList<>();
        ValueType.FormatTarget formats = new ValueType.FormatTarget(OutputFormat.ids());
        options.add(OptionSpec.repeated(formats.label(), formats,
                "Report format (default: text), to FILE when given, else to stdout or -o; repeatable.", FORMAT));
        options.add(OptionSpec.value("FILE", new ValueType.Text(),
                "Write the report (of the one --format without a FILE) to FILE instead of stdout.", "-o", "--output"));
        options.addAll(AuditOptions.SPECS);
        options.add(BaselineOption.SPEC);
        options.add(ScanImports.SPEC);
        options.add(COLOR);
        options.add(OptionSpec.flag("List the stale baseline entries on stderr.", VERBOSE));
        return options.toArray(new OptionSpec[0]);
    }

    @Override
    public int call() throws IOException {
        ReportTargets.Outcome targets = ReportTargets.of(formats, output, invocation);
        if (targets.error().isPresent()) {
            return audit.usageError(targets.error().get());
        }
        Optional<AuditOptions.Prepared> prepared = audit.prepare();
        if (prepared.isEmpty()) {
            return ExitCodes.USAGE;
        }
        BaselineOption.Loaded baseline = BaselineOption.read(invocation, args, audit);
        Optional<ScanImports> imports = ScanImports.read(invocation, args, audit);
        if (!baseline.usable() || imports.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RuleCatalog catalog = prepared.get().catalog();
        Settings settings = prepared.get().settings();
        List<Input> inputs = prepared.get().inputs();
        // SARIF carries every rule's documentation, HTML that of the rules with findings.
        AuditReports.Help help = AuditReports.Help.NONE;
        for (ReportTargets.Target t : targets.targets()) {
            if (t.format() == OutputFormat.SARIF) {
                help = AuditReports.Help.ALL;
            } else if (t.format() == OutputFormat.HTML && help == AuditReports.Help.NONE) {
                help = AuditReports.Help.WITH_FINDINGS;
            }
        }
        // Every format shows the fixes: JSON and SARIF their edits, text which findings they repair.
        AuditResult result = audited(audit.auditor(catalog), inputs, settings, true);
        Optional<AuditResult> withImports = imports.get().addTo(result, catalog, settings, audit);
        if (withImports.isEmpty()) {
            return ExitCodes.USAGE;
        }
        result = withImports.get();
        Optional<BaselineStatus> status = Optional.empty();
        if (baseline.baseline().isPresent()) {
            BaselineOption.Applied applied = baseline.baseline().get().apply(result);
            result = applied.result();
            status = Optional.of(applied.status());
        }
        ReportInput report = AuditReports.of(catalog, settings, result, help).withFileKinds(imports.get().fileKinds(result));
        if (status.isPresent()) {
            report = report.withBaseline(status.get());
            if (args.flag(VERBOSE)) {
                listStale(status.get());
            }
        }
        for (ReportTargets.Target t : targets.targets()) {
            Optional<Integer> writeFailure = write(report, t);
            if (writeFailure.isPresent()) {
                return writeFailure.get();
            }
        }
        return audit.exitCode(result);
    }

    /** The audit, with progress on stderr when a person watches it. */
    private AuditResult audited(Auditor auditor, List<Input> inputs, Settings settings, boolean withFixes) {
        if (!invocation.stderrIsTerminal()) {
            return auditor.audit(inputs, settings, withFixes);
        }
        TerminalProgress progress = new TerminalProgress(invocation.err());
        try {
            return auditor.audit(inputs, settings, withFixes, progress);
        } finally {
            progress.finish();
        }
    }

    private void listStale(BaselineStatus status) {
        for (BaselineEntry e : status.stale()) {
            invocation.err().println("bulwark: stale baseline entry: " + e.path() + ":" + e.line() + " " + e.rule() + " "
                    + e.message());
        }
    }

    /** @param withHelp the rules' documentation as help (SARIF) */
    static ReportInput report(RuleCatalog catalog, Settings settings, AuditResult result, boolean withHelp) {
        return AuditReports.of(catalog, settings, result, withHelp);
    }

    /** Writes one report; a failure to write its file is a user error (exit 2). */
    private Optional<Integer> write(ReportInput report, ReportTargets.Target target) throws IOException {
        if (target.file().isEmpty()) {
            Reporter reporter = reporter(target.format(), color.enabled(invocation.stdoutIsTerminal(), invocation.env()));
            Writer out = new BufferedWriter(new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8));
            reporter.write(report, out);
            out.flush();
            return Optional.empty();
        }
        String name = target.file().get();
        Path file = invocation.resolve(name);
        // A file is never a terminal: only --color always colours it.
        Reporter reporter = reporter(target.format(), color == ColorMode.ALWAYS);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            reporter.write(report, out);
        } catch (IOException e) {
            return Optional.of(audit.usageError(name + ": cannot write: " + AuditOptions.reason(e)));
        }
        return Optional.empty();
    }

    private static Reporter reporter(OutputFormat format, boolean colored) {
        Optional<Reporter> reporter = Reporters.forFormat(format.id(), colored);
        if (reporter.isEmpty()) {
            throw new IllegalStateException("no reporter for format " + format.id());
        }
        return reporter.get();
    }
}
