package dev.bulwark.engine.config;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Severity;
import dev.bulwark.engine.pin.ImagePins;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validated, immutable settings: what runs, how severe, with which options, and when the run
 * fails. Rule references are already resolved to codes; selectors are kept as matchers so that
 * {@code all}, practices and prefixes also cover rules by their metadata. Per-file settings come
 * from {@link #forFile(Path)}.
 *
 * <p>Selection for a file: {@code select} (CLI, else file; without it the default-enabled rules),
 * minus the file's {@code ignore}, then each matching override in order (its {@code select} adds,
 * its {@code ignore} removes), minus the CLI's {@code --ignore}.
 *
 * <p>The run's date ({@link #asOf()}) is today unless {@code as-of} or {@code --as-of} names a
 * day; rules judge end-of-life dates against it and the JSON report records it.
 */
public final class Settings {
    private final boolean selectGiven;
    private final List<Selector> select;
    private final List<Selector> ignore;
    private final List<Selector> finalIgnore;
    private final Map<String, Severity> severities;
    private final FailThreshold failOn;
    private final List<String> trustedRegistries;
    private final Map<String, Map<String, Object>> ruleOptions;
    private final List<PathOverride> overrides;
    private final Path baseDirectory;
    private final String configFile;
    private final Map<String, Path> images;
    private final LocalDate asOf;
    private final ImagePins pins;
    // The settings of every file no path override applies to; shared so that what it resolves
    // once (rule options) serves all those files.
    private final FileSettings withoutOverrides;

    Settings(boolean selectGiven, List<Selector> select, List<Selector> ignore, List<Selector> finalIgnore,
             Map<String, Severity> severities, FailThreshold failOn, List<String> trustedRegistries,
             Map<String, Map<String, Object>> ruleOptions, List<PathOverride> overrides,
             Path baseDirectory, String configFile, Map<String, Path> images) {
        this(selectGiven, select, ignore, finalIgnore, severities, failOn, trustedRegistries, ruleOptions, overrides,
                baseDirectory, configFile, images, RunDates.today(), ImagePins.NONE);
    }

    private Settings(boolean selectGiven, List<Selector> select, List<Selector> ignore, List<Selector> finalIgnore,
                     Map<String, Severity> severities, FailThreshold failOn, List<String> trustedRegistries,
                     Map<String, Map<String, Object>> ruleOptions, List<PathOverride> overrides,
                     Path baseDirectory, String configFile, Map<String, Path> images, LocalDate asOf,
                     ImagePins pins) {
        this.selectGiven = selectGiven;
        this.select = List.copyOf(select);
        this.ignore = List.copyOf(ignore);
        this.finalIgnore = List.copyOf(finalIgnore);
        this.severities = Map.copyOf(severities);
        this.failOn = failOn;
        this.trustedRegistries = List.copyOf(trustedRegistries);
        this.ruleOptions = copyOptions(ruleOptions);
        this.overrides = List.copyOf(overrides);
        this.baseDirectory = baseDirectory;
        this.configFile = configFile;
        this.images = Map.copyOf(images);
        this.asOf = asOf;
        this.pins = pins;
        this.withoutOverrides = new FileSettings(this, List.of());
    }

    /** No configuration file: the default-enabled rules at their default severities, fail on warnings. */
    public static Settings defaults() {
        return new Settings(false, List.of(), List.of(), List.of(), Map.of(), FailThreshold.WARNING, List.of(),
                Map.of(), List.of(), Path.of(""), "", Map.of());
    }

    public FailThreshold failOn() {
        return failOn;
    }

    public List<String> trustedRegistries() {
        return trustedRegistries;
    }

    /** {@code images}: image names mapped to the Dockerfile that builds them (absolute), for the project graph. */
    public Map<String, Path> images() {
        return images;
    }

    /** The day the run judges dates against: {@code --as-of}, else the file's {@code as-of}, else today (UTC). */
    public LocalDate asOf() {
        return asOf;
    }

    /** These settings judged as of {@code day}. */
    Settings withAsOf(LocalDate day) {
        return new Settings(selectGiven, select, ignore, finalIgnore, severities, failOn, trustedRegistries,
                ruleOptions, overrides, baseDirectory, configFile, images, day, pins);
    }

    /** {@code pins} and {@code --pin}: the tag or digest every reference to an image must use (BW005). */
    public ImagePins pins() {
        return pins;
    }

    /** These settings with {@code newPins} instead of their pins. */
    public Settings withPins(ImagePins newPins) {
        return new Settings(selectGiven, select, ignore, finalIgnore, severities, failOn, trustedRegistries, ruleOptions,
                overrides, baseDirectory, configFile, images, asOf, newPins);
    }

    public List<PathOverride> overrides() {
        return overrides;
    }

    /** The configuration file these settings came from, as given; empty for defaults. */
    public String configFile() {
        return configFile;
    }

    /** Override globs are relative to this directory (the config file's). */
    public Path baseDirectory() {
        return baseDirectory;
    }

    /** The settings for one file; {@code file} may be relative to the working directory. */
    public FileSettings forFile(Path file) {
        if (overrides.isEmpty()) {
            return withoutOverrides;
        }
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) {
            return withoutOverrides;
        }
        String relative = base.relativize(abs).toString().replace('\\', '/');
        List<PathOverride> matching = new ArrayList<>();
        for (PathOverride o : overrides) {
            if (o.appliesTo(relative)) {
                matching.add(o);
            }
        }
        return matching.isEmpty() ? withoutOverrides : new FileSettings(this, matching);
    }

    /** Settings for input that has no file (standard input): no path override applies. */
    public FileSettings withoutPath() {
        return withoutOverrides;
    }

    Settings withCommandLine(List<Selector> cliSelect, List<Selector> cliIgnore, FailThreshold cliFailOn) {
        boolean given = selectGiven || !cliSelect.isEmpty();
        List<Selector> sel = cliSelect.isEmpty() ? select : cliSelect;
        List<Selector> fin = new ArrayList<>(finalIgnore);
        fin.addAll(cliIgnore);
        return new Settings(given, sel, ignore, fin, severities, cliFailOn, trustedRegistries, ruleOptions,
                overrides, baseDirectory, configFile, images, asOf, pins);
    }

    boolean selectGiven() {
        return selectGiven;
    }

    List<Selector> select() {
        return select;
    }

    List<Selector> ignore() {
        return ignore;
    }

    List<Selector> finalIgnore() {
        return finalIgnore;
    }

    Map<String, Severity> severities() {
        return severities;
    }

    Map<String, Map<String, Object>> ruleOptions() {
        return ruleOptions;
    }

    static Map<String, Map<String, Object>> copyOptions(Map<String, Map<String, Object>> options) {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> e : options.entrySet()) {
            copy.put(e.getKey(), Map.copyOf(e.getValue()));
        }
        return Map.copyOf(copy);
    }
}
