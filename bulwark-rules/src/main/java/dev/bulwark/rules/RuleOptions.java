package dev.bulwark.rules;

import java.util.List;
import java.util.Map;

/**
 * The resolved option values for one rule: configured values over the rule's declared defaults.
 * Values were type-checked when the configuration was loaded, so the getters only cast.
 */
public final class RuleOptions {
    private final Map<String, Object> values;

    private RuleOptions(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** Defaults of {@code rule} overlaid with {@code configured} (already validated). */
    public static RuleOptions resolve(Rule rule, Map<String, Object> configured) {
        var merged = new java.util.HashMap<String, Object>();
        for (RuleOption option : rule.options()) {
            merged.put(option.name(), option.defaultValue());
        }
        merged.putAll(configured);
        return new RuleOptions(merged);
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
