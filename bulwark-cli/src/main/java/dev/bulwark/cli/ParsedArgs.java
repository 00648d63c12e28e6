package dev.bulwark.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The options and positional words of one command, already checked against its
 * {@link CommandSpec}: values are keyed by the option's long name, lists are split at commas,
 * a flag that was given maps to no values.
 */
record ParsedArgs(Map<String, List<String>> options, List<String> positionals) implements ParseOutcome {

    ParsedArgs {
        Map<String, List<String>> copy = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : options.entrySet()) {
            copy.put(entry.getKey(), List.copyOf(entry.getValue()));
        }
        options = Map.copyOf(copy);
        positionals = List.copyOf(positionals);
    }

    boolean flag(String option) {
        return options.containsKey(option);
    }

    /** The value of a single-valued option. */
    Optional<String> value(String option) {
        List<String> values = values(option);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** Every value of a list option, in command-line order; empty when it was not given. */
    List<String> values(String option) {
        return options.getOrDefault(option, List.of());
    }

    /** The enum constant an option names (the parser has checked that it names one, in any case). */
    /**
     * The constant of {@code constants} (the enum's {@code values()}) an option names; not
     * {@code Enum.valueOf}, which reads the constants reflectively at every start.
     */
    <E extends Enum<E>> Optional<E> choice(String option, E[] constants) {
        Optional<String> value = value(option);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String name = value.get().toUpperCase(Locale.ROOT);
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        throw new IllegalArgumentException("No enum constant " + constants.getClass().getComponentType().getName()
                + "." + name);
    }

    /** A whole-number option (the parser has checked that it is one). */
    Optional<Integer> integer(String option) {
        Optional<String> value = value(option);
        return value.isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(value.get()));
    }
}
