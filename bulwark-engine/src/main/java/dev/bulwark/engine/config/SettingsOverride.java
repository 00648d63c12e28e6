package dev.bulwark.engine.config;

import dev.bulwark.core.FailThreshold;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The command line's say over the configuration ({@code --select}, {@code --ignore},
 * {@code --fail-on}, {@code --as-of}, {@code --pin}): the top layer of defaults &lt; file &lt; CLI. An empty list means the option
 * was not given. {@code --select} replaces the file's {@code select}; {@code --ignore} is applied
 * last, after the file's ignores and path overrides, so it always wins.
 */
public final class SettingsOverride {
    private static final SettingsOverride NONE = new SettingsOverride(List.of(), List.of(), null, null, List.of());

    private final List<String> select;
    private final List<String> ignore;
    private final FailThreshold failOn;
    private final String asOf;
    private final List<String> pins;

    private SettingsOverride(List<String> select, List<String> ignore, FailThreshold failOn, String asOf,
            List<String> pins) {
        this.select = List.copyOf(select);
        this.ignore = List.copyOf(ignore);
        this.failOn = failOn;
        this.asOf = asOf;
        this.pins = List.copyOf(pins);
    }

    public static SettingsOverride none() {
        return NONE;
    }

    public SettingsOverride withSelect(List<String> selectors) {
        return new SettingsOverride(selectors, ignore, failOn, asOf, pins);
    }

    public SettingsOverride withIgnore(List<String> selectors) {
        return new SettingsOverride(select, selectors, failOn, asOf, pins);
    }

    public SettingsOverride withFailOn(FailThreshold threshold) {
        return new SettingsOverride(select, ignore, Objects.requireNonNull(threshold), asOf, pins);
    }

    /** {@code --as-of}: the day to judge dates against, as typed (checked when applied). */
    public SettingsOverride withAsOf(String day) {
        return new SettingsOverride(select, ignore, failOn, Objects.requireNonNull(day), pins);
    }

    public Optional<String> asOf() {
        return Optional.ofNullable(asOf);
    }

    /** {@code --pin IMAGE=VERSION} values, unparsed; they replace the configuration's pins of the same images. */
    public SettingsOverride withPins(List<String> specs) {
        return new SettingsOverride(select, ignore, failOn, asOf, specs);
    }

    public List<String> pins() {
        return pins;
    }

    public List<String> select() {
        return select;
    }

    public List<String> ignore() {
        return ignore;
    }

    public Optional<FailThreshold> failOn() {
        return Optional.ofNullable(failOn);
    }
}
