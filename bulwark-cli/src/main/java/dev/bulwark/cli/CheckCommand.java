package dev.bulwark.cli;

import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.Discovery;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.Reporter;
import dev.bulwark.report.Reporters;
import dev.bulwark.report.RuleDescriptor;
import dev.bulwark.report.SourceLookup;
import dev.bulwark.report.ToolInfo;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.Rules;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark check}: audit files and directories, write a report, exit with the verdict.
 * User errors (a missing path, a bad configuration, an unwritable output) end here with one line
 * on stderr and exit 2; everything else is the engine's and the reporters' business.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Audit Dockerfiles (directories are searched for them) and report the findings.")
final class CheckCommand implements Callable<Integer> {
    private static final String STDIN = "-";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to audit (default: .); - reads a Dockerfile from standard input.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    private Optional<String> output;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the nearest .bulwark.yaml upward from the working directory).")
    private Optional<String> config;

    @Option(names = "--select", paramLabel = "LIST", split = ",",
            description = "Run only these rules: codes, names, practices, code prefixes or all (replaces the config's select).")
    private List<String> select = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "LIST", split = ",",
            description = "Never run these rules (applied after everything else).")
    private List<String> ignore = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "error|warning|info|none",
            description = "Exit with 1 when a finding is at least this severe (default: the config's fail-on, else warning).")
    private Optional<FailOn> failOn;

    @Option(names = "--threads", paramLabel = "N", description = "Files audited in parallel (default: the number of processors).")
    private Optional<Integer> threads;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Colour the text report (default: ${DEFAULT-VALUE}: a terminal and no NO_COLOR).")
    private ColorMode color;

    private final Invocation invocation;

    CheckCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        int threadCount = threads.orElse(Runtime.getRuntime().availableProcessors());
        if (threadCount < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threadCount);
        }
        Optional<String> missing = firstMissing();
        if (missing.isPresent()) {
            return usageError(missing.get() + ": no such file or directory");
        }
        List<Rule> rules = BuiltinRules.all();
        Settings settings;
        try {
            settings = new ConfigLoader(rules).resolve(invocation.cwd(), configFile(), override());
        } catch (ConfigException e) {
            return usageError(e.getMessage());
        }
        List<Input> inputs;
        try {
            inputs = new Discovery(invocation.cwd()).discover(paths, invocation.in());
        } catch (IOException e) {
            return usageError("cannot search for Dockerfiles: " + reason(e));
        }
        AuditResult result = new Auditor(rules, threadCount).audit(inputs, settings);
        Optional<Integer> writeFailure = write(report(rules, settings, result));
        if (writeFailure.isPresent()) {
            return writeFailure.get();
        }
        return exitCode(result);
    }

    /** The first path argument that does not exist; {@code -} is standard input and always exists. */
    private Optional<String> firstMissing() {
        return paths.stream().filter(p -> !p.equals(STDIN) && !Files.exists(invocation.resolve(p))).findFirst();
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
        // --fail-on none has no engine severity: the threshold stays the config's and the exit code ignores it.
        Optional<FailOn> threshold = failOn.filter(f -> f != FailOn.NONE);
        return threshold.isPresent() ? override.withFailOn(threshold.get().severity().orElseThrow()) : override;
    }

    private ReportInput report(List<Rule> rules, Settings settings, AuditResult result) {
        Set<String> withFindings = new HashSet<>();
        for (Finding finding : result.findings()) {
            withFindings.add(finding.rule().code());
        }
        FileSettings global = settings.withoutPath();
        List<RuleDescriptor> ran = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMeta meta = Rules.meta(rule);
            if (global.enabled(meta) || withFindings.contains(meta.code())) {
                // Only SARIF shows rule help; reading every doc resource costs start-up time otherwise.
                ran.add(format == OutputFormat.SARIF ? new RuleDescriptor(meta, RuleDocs.of(rule).page()) : RuleDescriptor.of(meta));
            }
        }
        return new ReportInput(new ToolInfo("bulwark", VersionProvider.version(), ""), ran, result.findings(),
                SourceLookup.of(result.sources().values()), result.failOn(), result.filesTotal());
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
        return Reporters.forFormat(format.id(), colored)
                .orElseThrow(() -> new IllegalStateException("no reporter for format " + format.id()));
    }

    private int exitCode(AuditResult result) {
        if (result.internalError()) {
            invocation.err().println("bulwark: internal error: a rule or parser crashed (see the BW002 findings)");
            return ExitCodes.INTERNAL;
        }
        boolean failing = failOn.map(f -> f != FailOn.NONE && result.failed()).orElse(result.failed());
        return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
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
