package dev.bulwark.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved option values for one rule: configured values over the rule's declared defaults.
 * Values were type-checked when the configuration was loaded, so the getters only cast. The
 * engine also hands every rule the run's date here ({@link #asOf()}): rules never read the clock.
 */
public final class RuleOptions {
    private final Map<String, Object> values;
    private final LocalDate asOf;

    private RuleOptions(Map<String, Object> values, LocalDate asOf) {
        this.values = Map.copyOf(values);
        this.asOf = asOf;
    }

    /** Defaults of {@code rule} overlaid with {@code configured} (already validated). */
    public static RuleOptions resolve(Rule rule, Map<String, Object> configured) {
        var merged = new java.util.HashMap<String, Object>();
        for (RuleOption option : rule.options()) {
            merged.put(option.name(), option.defaultValue());
        }
        merged.putAll(configured);
        return new RuleOptions(merged, null);
    }

    /** The same options for a run judged as of {@code day} (today, or {@code --as-of}). */
    public RuleOptions withAsOf(LocalDate day) {
        return new RuleOptions(values, java.util.Objects.requireNonNull(day, "day"));
    }

    /**
     * The day the run judges dates against (end-of-life rules); empty only where no engine ran
     * the rule, and those rules then stay silent.
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    public static RuleOptions defaults(Rule rule) {
        return resolve(rule, Map.of());
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    public int integer(String name) {
        return ((Number) require(name)).intValue();
    }

    public String string(String name) {
        return (String) require(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> stringList(String name) {
        return (List<String>) require(name);
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("rule declares no option named " + name);
        }
        return value;
    }
}
