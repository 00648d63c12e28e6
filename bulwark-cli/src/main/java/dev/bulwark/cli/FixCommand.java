package dev.bulwark.cli;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.engine.fix.FixOutcome;
import dev.bulwark.engine.fix.Fixer;
import dev.bulwark.report.FixRun;
import dev.bulwark.report.JsonReporter;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.Reporters;
import dev.bulwark.report.UnifiedDiff;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code bulwark fix}: the findings {@code check} would report, repaired in place where their rules
 * know how ({@link Fixer}); then what was fixed and the report of what remains, and the exit code
 * {@code check} would give on it. With {@code --diff} nothing is written: the diff goes to stdout
 * and everything else to stderr, so the diff can be piped to {@code git apply}. With
 * {@code --format json} stdout holds one document: the report of what remains, as {@code check}
 * writes it, and a {@code fix} object saying what was fixed (with the diff, for {@code --diff}).
 */
final class FixCommand implements Command {
    static final String UNSAFE = "--unsafe-fixes";
    static final String DIFF = "--diff";
    static final String PIN = "--pin";
    static final CommandSpec SPEC = CommandSpec.of("bulwark fix",
            "Apply the fixes of the findings check reports (safe ones only, unless --unsafe-fixes), in place.",
            PositionalSpec.any("PATH", "Files or directories to fix (default: .)."),
            StandardOptions.plus(options()));

    private final Invocation invocation;
    private final AuditOptions audit;
    private final boolean unsafe;
    private final boolean diff;
    private final ColorMode color;
    private final OutputFormat format;

    FixCommand(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.audit = new AuditOptions(invocation, args);
        this.unsafe = args.flag(UNSAFE);
        this.diff = args.flag(DIFF);
        this.color = args.choice("--color", ColorMode.values()).orElse(ColorMode.AUTO);
        this.format = args.choice("--format", OutputFormat.values()).orElse(OutputFormat.TEXT);
    }

    private static OptionSpec[] options() {
        List<OptionSpec> options = new ArrayList<>();
        options.add(OptionSpec.flag("Also apply the fixes that may change what the image does.", UNSAFE));
        options.add(OptionSpec.flag("Print a unified diff of the fixes instead of writing them.", DIFF));
        options.add(OptionSpec.list("IMAGE=VERSION",
                "Pin an image to an exact tag or digest everywhere it is used (python=3.12.8-slim, nvidia/cuda@sha256:...);"
                        + " repeatable, over the config's pins.", PIN));
        options.add(OptionSpec.choice(new OutputFormat[] {OutputFormat.TEXT, OutputFormat.JSON},
                "Report format (default: text); json: what was fixed and what remains, in one document on stdout.",
                "--format"));
        options.addAll(AuditOptions.SPECS);
        options.add(CheckCommand.COLOR);
        return options.toArray(new OptionSpec[0]);
    }

    @Override
    public int call() throws IOException {
        if (audit.paths().contains(AuditOptions.STDIN)) {
            return audit.usageError("fix edits files: standard input (-) cannot be fixed");
        }
        Optional<AuditOptions.Prepared> prepared = audit.prepare();
        if (prepared.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RuleCatalog catalog = prepared.get().catalog();
        FixOutcome outcome = new Fixer(reader -> audit.auditor(catalog, reader), new InputReader(), unsafe)
                .fix(prepared.get().inputs(), prepared.get().settings());
        if (!diff) {
            Optional<String> failure = write(outcome, files(prepared.get().inputs()));
            if (failure.isPresent()) {
                return audit.usageError(failure.get());
            }
        }
        ReportInput remaining = CheckCommand.report(catalog, prepared.get().settings(), outcome.after(), false);
        if (format == OutputFormat.JSON) {
            Writer out = new BufferedWriter(new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8));
            new JsonReporter().write(remaining, run(outcome), out);
            out.flush();
            return audit.exitCode(outcome.after());
        }
        PrintStream log = diff ? invocation.err() : invocation.out();
        if (diff) {
            invocation.out().print(diff(outcome));
            invocation.out().flush();
        }
        summary(outcome, log);
        Writer out = new BufferedWriter(new OutputStreamWriter(log, StandardCharsets.UTF_8));
        boolean colored = !diff && color.enabled(invocation.stdoutIsTerminal(), invocation.env());
        Reporters.forFormat(OutputFormat.TEXT.id(), colored).orElseThrow().write(remaining, out);
        out.flush();
        return audit.exitCode(outcome.after());
    }

    private static String diff(FixOutcome outcome) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : outcome.fixed().entrySet()) {
            text.append(UnifiedDiff.of(e.getKey(), outcome.originals().get(e.getKey()), e.getValue()));
        }
        return text.toString();
    }

    /** The {@code fix} object of the JSON report. */
    private FixRun run(FixOutcome outcome) {
        List<FixRun.NotApplied> notApplied = new ArrayList<>();
        for (FixOutcome.DroppedFix d : outcome.dropped()) {
            notApplied.add(new FixRun.NotApplied(d.finding(), d.reason()));
        }
        return new FixRun(!diff, unsafe, outcome.converged(), outcome.rounds(), new ArrayList<>(outcome.fixed().keySet()),
                outcome.applied(), notApplied, diff ? Optional.of(diff(outcome)) : Optional.<String>empty());
    }

    private static Map<String, Path> files(List<Input> inputs) {
        Map<String, Path> files = new HashMap<>();
        for (Input input : inputs) {
            if (input instanceof Input.FileInput f) {
                files.put(f.path(), f.file());
            }
        }
        return files;
    }

    /** Writes every fixed file; the first that cannot be written ends the run (the ones before stay fixed). */
    private static Optional<String> write(FixOutcome outcome, Map<String, Path> files) {
        for (Map.Entry<String, String> e : outcome.fixed().entrySet()) {
            Path file = files.get(e.getKey());
            if (file == null) {
                continue;
            }
            try {
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                return Optional.of(e.getKey() + ": cannot write: " + AuditOptions.reason(ex));
            }
        }
        return Optional.empty();
    }

    /** One line per fix applied or refused, then the counts by rule. */
    private void summary(FixOutcome outcome, PrintStream log) {
        String verb = diff ? "would fix" : "fixed";
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding f : outcome.applied()) {
            log.println(verb + " " + place(f) + " " + f.fix().description());
            byRule.merge(f.rule().code(), 1, Integer::sum);
        }
        for (FixOutcome.DroppedFix d : outcome.dropped()) {
            log.println("not fixed " + place(d.finding()) + " " + d.finding().fix().description() + ": " + d.reason());
        }
        if (!outcome.converged()) {
            log.println("stopped after " + outcome.rounds() + " rounds: fixes were still changing the files");
        }
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<String, Integer> e : byRule.entrySet()) {
            counts.append(counts.length() == 0 ? " (" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        if (counts.length() > 0) {
            counts.append(')');
        }
        log.println((diff ? "Would fix " : "Fixed ") + outcome.applied().size() + " finding"
                + (outcome.applied().size() == 1 ? "" : "s") + " in " + outcome.fixed().size() + " file"
                + (outcome.fixed().size() == 1 ? "" : "s") + counts + "; remaining:");
        log.flush();
    }

    private static String place(Finding f) {
        return f.path() + ":" + f.location().line() + ":" + f.location().column() + " " + f.rule().code() + " "
                + f.rule().name() + ":";
    }
}
