package dev.bulwark.rules;

import java.util.List;

/** An option a rule accepts, with its type and default, documented in the rule's docs. */
public record RuleOption(String name, Kind kind, Object defaultValue, String description) {

    public enum Kind {
        BOOLEAN,
        INTEGER,
        STRING,
        STRING_LIST
    }

    public static RuleOption bool(String name, boolean defaultValue, String description) {
        return new RuleOption(name, Kind.BOOLEAN, defaultValue, description);
    }

    public static RuleOption integer(String name, int defaultValue, String description) {
        return new RuleOption(name, Kind.INTEGER, defaultValue, description);
    }

    public static RuleOption string(String name, String defaultValue, String description) {
        return new RuleOption(name, Kind.STRING, defaultValue, description);
    }

    public static RuleOption stringList(String name, List<String> defaultValue, String description) {
        return new RuleOption(name, Kind.STRING_LIST, List.copyOf(defaultValue), description);
    }
}
