package dev.bulwark.cli;

import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.SkippedFile;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.report.BaselineEntry;
import dev.bulwark.report.BaselineStatus;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.Reporter;
import dev.bulwark.report.Reporters;
import dev.bulwark.report.RuleDescriptor;
import dev.bulwark.report.SkippedInput;
import dev.bulwark.report.SourceLookup;
import dev.bulwark.report.ToolInfo;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.docs.RuleDocs;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Which rules' documentation a report carries: none, every rule that ran (SARIF), those with findings (HTML). */
    enum Help {
        NONE,
        ALL,
        WITH_FINDINGS
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
        boolean withFixes = false;
        Help help = Help.NONE;
        for (ReportTargets.Target t : targets.targets()) {
            // Only text leaves fixes out (and skips computing them); SARIF and HTML carry rule docs.
            withFixes |= t.format() != OutputFormat.TEXT;
            if (t.format() == OutputFormat.SARIF) {
                help = Help.ALL;
            } else if (t.format() == OutputFormat.HTML && help == Help.NONE) {
                help = Help.WITH_FINDINGS;
            }
        }
        AuditResult result = audited(audit.auditor(catalog), inputs, settings, withFixes);
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
        ReportInput report = report(catalog, settings, result, help).withFileKinds(imports.get().fileKinds(result));
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
        return report(catalog, settings, result, withHelp ? Help.ALL : Help.NONE);
    }

    static ReportInput report(RuleCatalog catalog, Settings settings, AuditResult result, Help help) {
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
                SourceLookup.of(result.sources().values()), result.failOn(), result.filesTotal(), skipped);
    }

    private static Rule rule(RuleCatalog catalog, RuleMeta meta) {
        Optional<Rule> rule = catalog.rule(meta.code());
        if (rule.isEmpty()) {
            throw new IllegalStateException("no rule " + meta.code());
        }
        return rule.get();
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
