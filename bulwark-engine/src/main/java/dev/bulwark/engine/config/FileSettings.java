package dev.bulwark.engine.config;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.engine.pin.ImagePins;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleOptions;
import dev.bulwark.rules.setups.Setup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The settings that hold for one file: the top level with the matching path overrides applied. */
public final class FileSettings {
    private final Settings settings;
    private final List<PathOverride> overrides;
    // Resolved options by rule: asked for every rule on every file, and the same for every file
    // sharing these settings (Settings hands out one instance when no override applies).
    private final Map<OptionsKey, RuleOptions> resolvedOptions = new ConcurrentHashMap<>();

    // Rule by identity; equals and hashCode written out, as this is looked up for every rule of
    // every file, also before the JIT has compiled a record's generated methods.
    private record OptionsKey(Rule rule, String code) {
        @Override
        public boolean equals(Object o) {
            return o instanceof OptionsKey k && k.rule == rule && k.code.equals(code);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(rule) + code.hashCode();
        }
    }

    FileSettings(Settings settings, List<PathOverride> overrides) {
        this.settings = settings;
        this.overrides = List.copyOf(overrides);
    }

    public boolean enabled(RuleMeta meta) {
        boolean on = settings.selectGiven() ? any(settings.select(), meta) : meta.enabledByDefault();
        if (any(settings.ignore(), meta)) {
            on = false;
        }
        for (int i = 0; i < overrides.size(); i++) {
            PathOverride o = overrides.get(i);
            if (any(o.select(), meta)) {
                on = true;
            }
            if (any(o.ignore(), meta)) {
                on = false;
            }
        }
        return on && !any(settings.finalIgnore(), meta);
    }

    /** What the configuration says the file is for (the last matching override with a {@code setup}), if anything. */
    public Optional<Setup> setup() {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            if (overrides.get(i).setup().isPresent()) {
                return overrides.get(i).setup();
            }
        }
        return Optional.empty();
    }

    /** The run's pins (the same for every file). */
    public ImagePins pins() {
        return settings.pins();
    }

    /** Configured severity (the last matching override, else the file) or the rule's default. */
    public Severity severity(RuleMeta meta) {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            Severity s = overrides.get(i).severities().get(meta.code());
            if (s != null) {
                return s;
            }
        }
        return settings.severities().getOrDefault(meta.code(), meta.severity());
    }

    /** The rule's declared defaults overlaid with configured options (file, then overrides), and the run's date. */
    public RuleOptions options(Rule rule, RuleMeta meta) {
        OptionsKey key = new OptionsKey(rule, meta.code());
        RuleOptions options = resolvedOptions.get(key);
        if (options == null) {
            options = resolve(rule, meta);
            RuleOptions first = resolvedOptions.putIfAbsent(key, options);
            if (first != null) {
                options = first;
            }
        }
        return options;
    }

    private RuleOptions resolve(Rule rule, RuleMeta meta) {
        Map<String, Object> configured = new HashMap<>(settings.ruleOptions().getOrDefault(meta.code(), Map.of()));
        for (PathOverride o : overrides) {
            configured.putAll(o.ruleOptions().getOrDefault(meta.code(), Map.of()));
        }
        return RuleOptions.resolve(rule, configured).withAsOf(settings.asOf());
    }

    // Indexed: asked several times for every rule of every file, mostly of empty lists.
    private static boolean any(List<Selector> selectors, RuleMeta meta) {
        for (int i = 0; i < selectors.size(); i++) {
            if (selectors.get(i).matches(meta)) {
                return true;
            }
        }
        return false;
    }
}
