package dev.bulwark.cli;

import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
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

    private final Invocation invocation;
    private final AuditOptions audit;
    private final OutputFormat format;
    private final Optional<String> output;
    private final ColorMode color;

    CheckCommand(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.audit = new AuditOptions(invocation, args);
        this.format = args.choice("--format", OutputFormat.values()).orElse(OutputFormat.TEXT);
        this.output = args.value("--output");
        this.color = args.choice("--color", ColorMode.values()).orElse(ColorMode.AUTO);
    }

    private static OptionSpec[] options() {
        List<OptionSpec> options = new ArrayList<>();
        options.add(OptionSpec.choice(OutputFormat.values(), "Report format (default: text).", "--format"));
        options.add(OptionSpec.value("FILE", new ValueType.Text(), "Write the report to FILE instead of stdout.",
                "-o", "--output"));
        options.addAll(AuditOptions.SPECS);
        options.add(COLOR);
        return options.toArray(new OptionSpec[0]);
    }

    @Override
    public int call() throws IOException {
        Optional<AuditOptions.Prepared> prepared = audit.prepare();
        if (prepared.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RuleCatalog catalog = prepared.get().catalog();
        Settings settings = prepared.get().settings();
        List<Input> inputs = prepared.get().inputs();
        // Every format shows the fixes: JSON and SARIF their edits, text which findings they repair.
        AuditResult result = audit.auditor(catalog).audit(inputs, settings, true);
        Optional<Integer> writeFailure = write(report(catalog, settings, result, format == OutputFormat.SARIF));
        if (writeFailure.isPresent()) {
            return writeFailure.get();
        }
        return audit.exitCode(result);
    }

    /** @param withHelp the rules' documentation as help (SARIF) */
    static ReportInput report(RuleCatalog catalog, Settings settings, AuditResult result, boolean withHelp) {
        return AuditReports.of(catalog, settings, result, withHelp);
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
            return Optional.of(audit.usageError(output.get() + ": cannot write: " + AuditOptions.reason(e)));
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
}
