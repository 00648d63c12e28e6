package dev.bulwark.engine.config;

import dev.bulwark.rules.setups.Setup;
import java.util.Objects;
import java.util.Optional;

import dev.bulwark.core.Severity;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code overrides}: for files matching any of {@code paths}, {@code select} turns
 * rules on (even ones ignored at the top level), {@code ignore} turns them off, and
 * {@code severity} and {@code rules} options replace the top-level ones, and {@code setup} says
 * what the files are for when their paths mislead ({@code deployment}, {@code development},
 * {@code test}, {@code release}). Later entries win.
 */
public record PathOverride(
        List<Glob> paths,
        List<Selector> select,
        List<Selector> ignore,
        Map<String, Severity> severities,
        Map<String, Map<String, Object>> ruleOptions,
        Optional<Setup> setup) {

    public PathOverride {
        paths = List.copyOf(paths);
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
        severities = Map.copyOf(severities);
        ruleOptions = Settings.copyOptions(ruleOptions);
        Objects.requireNonNull(setup, "setup");
    }

    public boolean appliesTo(String relativePath) {
        for (Glob g : paths) {
            if (g.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }
}
