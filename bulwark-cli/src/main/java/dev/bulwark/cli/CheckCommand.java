package dev.bulwark.cli;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.SkippedFile;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.Discovery;
import dev.bulwark.engine.discovery.InputReader;
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
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    static final CommandSpec SPEC = CommandSpec.of("bulwark check",
            "Audit Dockerfiles, Compose files and Kubernetes manifests (directories are searched for them).",
            PositionalSpec.any("PATH",
                    "Files or directories to audit (default: .); - reads a file from standard input."),
            StandardOptions.plus(
                    OptionSpec.choice(OutputFormat.values(), "Report format (default: text).", "--format"),
                    OptionSpec.value("FILE", new ValueType.Text(), "Write the report to FILE instead of stdout.",
                            "-o", "--output"),
                    OptionSpec.value("FILE", new ValueType.Text(),
                            "Configuration file (default: the nearest .bulwark.yaml upward from the working directory).",
                            "--config"),
                    OptionSpec.list("LIST[,LIST...]",
                            "Run only these rules: codes, names, practices, code prefixes or all (replaces the config's select).",
                            "--select"),
                    OptionSpec.list("LIST[,LIST...]", "Never run these rules (applied after everything else).", "--ignore"),
                    OptionSpec.choice(FailThreshold.values(),
                            "Exit with 1 when a finding is at least this severe; none never does (default: the config's fail-on, else warning).",
                            "--fail-on"),
                    OptionSpec.value("N", new ValueType.AtLeast(1),
                            "Files audited in parallel (default: the number of processors).", "--threads"),
                    OptionSpec.choice(ColorMode.values(),
                            "Colour the text report (default: auto: a terminal and no NO_COLOR).", "--color")));

    private static final String STDIN = "-";

    private final Invocation invocation;
    private final List<String> paths;
    private final OutputFormat format;
    private final Optional<String> output;
    private final Optional<String> config;
    private final List<String> select;
    private final List<String> ignore;
    private final Optional<FailThreshold> failOn;
    private final Optional<Integer> threads;
    private final ColorMode color;

    CheckCommand(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.paths = args.positionals();
        this.format = args.choice("--format", OutputFormat.values()).orElse(OutputFormat.TEXT);
        this.output = args.value("--output");
        this.config = args.value("--config");
        this.select = args.values("--select");
        this.ignore = args.values("--ignore");
        this.failOn = args.choice("--fail-on", FailThreshold.values());
        this.threads = args.integer("--threads");
        this.color = args.choice("--color", ColorMode.values()).orElse(ColorMode.AUTO);
    }

    @Override
    public int call() throws IOException {
        // The parser has checked that an explicit --threads is at least 1.
        int threadCount = threads.orElse(Runtime.getRuntime().availableProcessors());
        Optional<String> missing = firstMissing();
        if (missing.isPresent()) {
            return usageError(missing.get() + ": no such file or directory");
        }
        // One catalog for configuration, audit and report. It holds every rule's metadata, and
        // creates a family's rules only when the audit meets a file of that kind.
        RuleCatalog catalog = RuleCatalog.builtin();
        Settings settings;
        try {
            settings = new ConfigLoader(catalog).resolve(invocation.cwd(), configFile(), override());
        } catch (ConfigException e) {
            return usageError(e.getMessage());
        }
        List<Input> inputs;
        try {
            inputs = new Discovery(invocation.cwd()).discover(paths, invocation.in());
        } catch (IOException e) {
            return usageError("cannot search for files to audit: " + reason(e));
        }
        // Hidden, for corpus work: -Dbulwark.treeListings=true (BULWARK_JAVA_OPTS) reads repositories
        // whose root holds a TREE.tsv from that listing when computing build contexts.
        boolean listings = Boolean.parseBoolean(System.getProperty("bulwark.treeListings", "false"));
        AuditResult result = new Auditor(catalog, threadCount, new InputReader(), listings).audit(inputs, settings);
        Optional<Integer> writeFailure = write(report(catalog, settings, result));
        if (writeFailure.isPresent()) {
            return writeFailure.get();
        }
        return exitCode(result);
    }

    /** The first path argument that does not exist; {@code -} is standard input and always exists. */
    private Optional<String> firstMissing() {
        for (String p : paths) {
            if (!p.equals(STDIN) && !Files.exists(invocation.resolve(p))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private Optional<Path> configFile() throws ConfigException {
        if (config.isEmpty()) {
            return Optional.empty();
        }
        Path file = invocation.resolve(config.get());
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(config.get(), 0, 0, Files.exists(file) ? "not a regular file" : "no such file");
        }
        return Optional.of(file);
    }

    private SettingsOverride override() {
        SettingsOverride override = SettingsOverride.none().withSelect(select).withIgnore(ignore);
        return failOn.isPresent() ? override.withFailOn(failOn.get()) : override;
    }

    private ReportInput report(RuleCatalog catalog, Settings settings, AuditResult result) {
        Set<String> withFindings = new HashSet<>();
        for (Finding finding : result.findings()) {
            withFindings.add(finding.rule().code());
        }
        FileSettings global = settings.withoutPath();
        List<RuleDescriptor> ran = new ArrayList<>();
        for (RuleMeta meta : catalog.metas()) {
            if (global.enabled(meta) || withFindings.contains(meta.code())) {
                // Only SARIF shows rule help; reading every doc resource (and creating every rule)
                // costs start-up time otherwise.
                ran.add(format == OutputFormat.SARIF ? new RuleDescriptor(meta, RuleDocs.of(rule(catalog, meta)).page())
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

    /** Writes the report; a failure to write the output file is a user error (exit 2). */
    private Optional<Integer> write(ReportInput report) throws IOException {
        if (output.isEmpty()) {
            Reporter reporter = reporter(color.enabled(invocation.stdoutIsTerminal(), invocation.env()));
            Writer out = new BufferedWriter(new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8));
            reporter.write(report, out);
            out.flush();
            return Optional.empty();
        }
        Path file = invocation.resolve(output.get());
        // A file is never a terminal: only --color always colours it.
        Reporter reporter = reporter(color == ColorMode.ALWAYS);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            reporter.write(report, out);
        } catch (IOException e) {
            return Optional.of(usageError(output.get() + ": cannot write: " + reason(e)));
        }
        return Optional.empty();
    }

    private Reporter reporter(boolean colored) {
        Optional<Reporter> reporter = Reporters.forFormat(format.id(), colored);
        if (reporter.isEmpty()) {
            throw new IllegalStateException("no reporter for format " + format.id());
        }
        return reporter.get();
    }

    private int exitCode(AuditResult result) {
        if (result.internalError()) {
            invocation.err().println("bulwark: internal error: a rule or parser crashed (see the BW002 findings)");
            return ExitCodes.INTERNAL;
        }
        // The threshold (command line over config) is in the settings the audit ran with.
        return result.failed() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** A short reason for an I/O failure, without the stack trace users should never see. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private int usageError(String message) {
        invocation.err().println("bulwark: " + message);
        return ExitCodes.USAGE;
    }
}
