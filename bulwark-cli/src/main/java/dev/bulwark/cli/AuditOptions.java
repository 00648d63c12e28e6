package dev.bulwark.cli;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.Discovery;
import dev.bulwark.engine.discovery.InputReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code check} and {@code fix} share: the paths, the configuration and selection options,
 * and how they turn into settings, inputs and an auditor, so both commands judge the same
 * findings.
 */
final class AuditOptions {
    static final String STDIN = "-";
    /** The rule pins are reported and applied under (image-differs-from-pin). */
    static final String PINS_RULE = "BW005";

    /** The options, in help order: configuration and selection, then the fail threshold and threads. */
    static final List<OptionSpec> SPECS = List.of(
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
            OptionSpec.value("YYYY-MM-DD", new ValueType.Text(),
                    "Judge end-of-life dates as of this day, for reproducible runs (default: the config's as-of, else today).",
                    "--as-of"));

    private final Invocation invocation;
    private final List<String> paths;
    private final Optional<String> config;
    private final List<String> select;
    private final List<String> ignore;
    private final Optional<FailThreshold> failOn;
    private final Optional<Integer> threads;
    private final Optional<String> asOf;
    private final List<String> pins;

    AuditOptions(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.paths = args.positionals();
        this.config = args.value("--config");
        this.select = args.values("--select");
        this.ignore = args.values("--ignore");
        this.failOn = args.choice("--fail-on", FailThreshold.values());
        this.threads = args.integer("--threads");
        this.asOf = args.value("--as-of");
        // Only fix declares --pin; check reads the pins of the configuration.
        this.pins = args.values(FixCommand.PIN);
    }

    List<String> paths() {
        return paths;
    }

    /** What a run audits, with which rules and settings. */
    record Prepared(RuleCatalog catalog, Settings settings, List<Input> inputs) {
    }

    /**
     * The catalog, settings and inputs of the run; empty after reporting a usage error (a missing
     * path, a bad configuration, a search that failed).
     */
    Optional<Prepared> prepare() {
        Optional<String> missing = firstMissing();
        if (missing.isPresent()) {
            usageError(missing.get() + ": no such file or directory");
            return Optional.empty();
        }
        // One catalog for configuration, audit and report. It holds every rule's metadata, and
        // creates a family's rules only when the audit meets a file of that kind.
        RuleCatalog catalog = RuleCatalog.builtin();
        Settings settings;
        try {
            settings = settings(catalog);
        } catch (ConfigException e) {
            usageError(e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(new Prepared(catalog, settings, inputs()));
        } catch (IOException e) {
            usageError("cannot search for files to audit: " + reason(e));
            return Optional.empty();
        }
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

    private Settings settings(RuleCatalog catalog) throws ConfigException {
        return new ConfigLoader(catalog).resolve(invocation.cwd(), configFile(), override());
    }

    private List<Input> inputs() throws IOException {
        return new Discovery(invocation.cwd()).discover(paths, invocation.in());
    }

    Auditor auditor(RuleCatalog catalog) {
        return auditor(catalog, new InputReader());
    }

    Auditor auditor(RuleCatalog catalog, InputReader reader) {
        // The parser has checked that an explicit --threads is at least 1.
        int threadCount = threads.orElse(Runtime.getRuntime().availableProcessors());
        // Hidden, for corpus work: -Dbulwark.treeListings=true (BULWARK_JAVA_OPTS) reads repositories
        // whose root holds a TREE.tsv from that listing when computing build contexts.
        boolean listings = Boolean.parseBoolean(System.getProperty("bulwark.treeListings", "false"));
        return new Auditor(catalog, threadCount, reader, listings);
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
        List<String> selected = select;
        if (!pins.isEmpty() && !select.isEmpty()) {
            // A pin asked for on the command line is applied whatever else --select names.
            selected = new ArrayList<>(select);
            selected.add(PINS_RULE);
        }
        SettingsOverride override = SettingsOverride.none().withSelect(selected).withIgnore(ignore).withPins(pins);
        if (asOf.isPresent()) {
            override = override.withAsOf(asOf.get());
        }
        return failOn.isPresent() ? override.withFailOn(failOn.get()) : override;
    }

    /** The exit code for what an audit found (README, "Exit codes"). */
    int exitCode(AuditResult result) {
        if (result.internalError()) {
            invocation.err().println("bulwark: internal error: a rule or parser crashed (see the BW002 findings)");
            return ExitCodes.INTERNAL;
        }
        // The threshold (command line over config) is in the settings the audit ran with.
        return result.failed() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** One line on stderr; exit 2. */
    int usageError(String message) {
        invocation.err().println("bulwark: " + message);
        return ExitCodes.USAGE;
    }

    /** A short reason for an I/O failure, without the stack trace users should never see. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
