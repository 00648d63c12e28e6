package dev.bulwark.maven;

import dev.bulwark.cli.AuditReports;
import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
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
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.Reporter;
import dev.bulwark.report.Reporters;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code bulwark:check}: audits the container files of the project (its base directory, searched
 * as {@code bulwark check} searches a directory), writes the reports under {@code target/}, and
 * fails the build when a finding reaches the threshold. The audit runs in the build's JVM with the
 * same engine, configuration ({@code .bulwark.yaml} upward from the base directory) and reports as
 * the command line.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** Skip the audit. */
    @Parameter(property = "bulwark.skip", defaultValue = "false")
    boolean skip;

    /** Files and directories to audit, relative to the base directory (default: the base directory). */
    @Parameter(property = "bulwark.paths")
    List<String> paths = new ArrayList<>();

    /** Where the search starts and paths are shown from; {@code .bulwark.yaml} is looked for upward from here. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    /** Where the reports go, as {@code bulwark.<format>} ({@code bulwark.txt} for text). */
    @Parameter(property = "bulwark.outputDirectory", defaultValue = "${project.build.directory}")
    File outputDirectory;

    /**
     * Report formats to write: any format {@code bulwark check --format} accepts. By default
     * SARIF for code scanning and the HTML report for people.
     */
    @Parameter(property = "bulwark.formats", defaultValue = "sarif,html")
    List<String> formats = new ArrayList<>();

    /** {@code error}, {@code warning}, {@code info} or {@code none}; default: the configuration's {@code fail-on}, else {@code warning}. */
    @Parameter(property = "bulwark.failOn")
    String failOn;

    /** Configuration file (default: the nearest {@code .bulwark.yaml} upward from the base directory). */
    @Parameter(property = "bulwark.config")
    File configFile;

    /** Run only these rules (codes, names, practices, code prefixes or {@code all}); replaces the configuration's {@code select}. */
    @Parameter(property = "bulwark.select")
    List<String> select = new ArrayList<>();

    /** Never run these rules. */
    @Parameter(property = "bulwark.ignore")
    List<String> ignore = new ArrayList<>();

    /** Files audited in parallel (default: the number of processors). */
    @Parameter(property = "bulwark.threads")
    Integer threads;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("bulwark: skipped");
            return;
        }
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        List<String> reportFormats = reportFormats();
        RuleCatalog catalog = RuleCatalog.builtin();
        Settings settings = settings(catalog, base);
        List<Input> inputs;
        try {
            inputs = new Discovery(base).discover(paths, InputStream.nullInputStream());
        } catch (IOException e) {
            throw new MojoExecutionException("bulwark: cannot search for files to audit: " + e.getMessage(), e);
        }
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        AuditResult result = new Auditor(catalog, threadCount, new InputReader(), false)
                .audit(inputs, settings, true);
        for (String format : reportFormats) {
            // SARIF carries every rule's documentation, HTML that of the rules with findings.
            AuditReports.Help help = format.equals("sarif") ? AuditReports.Help.ALL
                    : format.equals("html") ? AuditReports.Help.WITH_FINDINGS : AuditReports.Help.NONE;
            write(format, AuditReports.of(catalog, settings, result, help));
        }
        log(result);
        if (result.internalError()) {
            throw new MojoExecutionException("bulwark: internal error: a rule or parser crashed (see the BW002 findings)");
        }
        if (result.failed()) {
            throw new MojoFailureException("bulwark: " + failing(result) + " at or above `" + result.failOn().id()
                    + "` (fail-on); reports in " + outputDirectory);
        }
    }

    /** The formats asked for, checked before the audit so that a typo fails at once. */
    private List<String> reportFormats() throws MojoExecutionException {
        List<String> out = new ArrayList<>();
        for (String format : formats) {
            String id = format.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty() || out.contains(id)) {
                continue;
            }
            if (Reporters.forFormat(id).isEmpty()) {
                throw new MojoExecutionException("bulwark: unknown report format `" + format + "` (formats: "
                        + String.join(", ", Reporters.formats()) + ")");
            }
            out.add(id);
        }
        return out;
    }

    private Settings settings(RuleCatalog catalog, Path base) throws MojoExecutionException {
        SettingsOverride override = SettingsOverride.none().withSelect(select).withIgnore(ignore);
        if (failOn != null && !failOn.isBlank()) {
            Optional<FailThreshold> threshold = FailThreshold.fromId(failOn.trim().toLowerCase(Locale.ROOT));
            if (threshold.isEmpty()) {
                throw new MojoExecutionException("bulwark: failOn must be error, warning, info or none, not `" + failOn + "`");
            }
            override = override.withFailOn(threshold.get());
        }
        Optional<Path> config = configFile == null ? Optional.empty() : Optional.of(configFile.toPath());
        try {
            return new ConfigLoader(catalog).resolve(base, config, override);
        } catch (ConfigException e) {
            throw new MojoExecutionException("bulwark: " + e.getMessage(), e);
        }
    }

    private void write(String format, ReportInput report) throws MojoExecutionException {
        Optional<Reporter> reporter = Reporters.forFormat(format);
        if (reporter.isEmpty()) {
            throw new IllegalStateException("no reporter for " + format);
        }
        Path file = outputDirectory.toPath().resolve("bulwark." + (format.equals("text") ? "txt" : format));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                reporter.get().write(report, out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("bulwark: cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("bulwark: " + format + " report written to " + file);
    }

    /** One line per finding, as warnings or errors of the build, then the totals. */
    private void log(AuditResult result) {
        for (Finding f : result.findings()) {
            String line = f.location().path() + ":" + f.location().line() + ":" + f.location().column() + ": "
                    + f.severity().id() + " " + f.rule().code() + " " + f.rule().name() + ": " + f.message();
            if (f.severity() == Severity.ERROR) {
                getLog().error(line);
            } else if (f.severity() == Severity.WARNING) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        getLog().info("bulwark: " + count(result.findings().size(), "finding") + " in " + count(result.filesTotal(), "file"));
    }

    private static String failing(AuditResult result) {
        int count = 0;
        for (Finding f : result.findings()) {
            if (result.failOn().failsOn(f.severity())) {
                count++;
            }
        }
        return count(count, "finding");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
