package dev.bulwark.cli;

import java.util.List;

/**
 * One option of a command: its names (short form first, long form last), what it takes and the
 * help text. {@code label} names the value in help and error messages ({@code FILE}); flags have
 * none.
 */
record OptionSpec(List<String> names, Kind kind, ValueType type, String label, String description) {

    /** How an option is used on the command line. */
    enum Kind {
        /** Present or not: {@code --debug}. */
        FLAG,
        /** Stops parsing and prints the help; the command's required arguments are not needed then. */
        HELP,
        /** Stops parsing and prints the version. */
        VERSION,
        /** One value, given at most once: {@code --format json}, {@code --format=json}, {@code -o FILE}. */
        VALUE,
        /** Comma-separated values, repeatable: {@code --select a,b --select c}. */
        LIST,
        /** One value per occurrence, repeatable, never split: {@code --format sarif:a.sarif --format text}. */
        REPEATED
    }

    OptionSpec {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an option needs a name");
        }
    }

    static OptionSpec flag(String description, String... names) {
        return new OptionSpec(List.of(names), Kind.FLAG, new ValueType.Text(), "", description);
    }

    static OptionSpec help() {
        return new OptionSpec(List.of("-h", "--help"), Kind.HELP, new ValueType.Text(), "", "Show this help message and exit.");
    }

    static OptionSpec version() {
        return new OptionSpec(List.of("-V", "--version"), Kind.VERSION, new ValueType.Text(), "",
                "Print version information and exit.");
    }

    static OptionSpec value(String label, ValueType type, String description, String... names) {
        return new OptionSpec(List.of(names), Kind.VALUE, type, label, description);
    }

    /** An option whose value is one of an enum's constants, written in lower case. */
    /** @param constants the enum's {@code values()} */
    static <E extends Enum<E>> OptionSpec choice(E[] constants, String description, String... names) {
        ValueType.OneOf oneOf = ValueType.OneOf.of(constants);
        return new OptionSpec(List.of(names), Kind.VALUE, oneOf, oneOf.label(), description);
    }

    static OptionSpec repeated(String label, ValueType type, String description, String... names) {
        return new OptionSpec(List.of(names), Kind.REPEATED, type, label, description);
    }

    static OptionSpec list(String label, String description, String... names) {
        return new OptionSpec(List.of(names), Kind.LIST, new ValueType.Text(), label, description);
    }

    /** The long name, which also keys the option's values in {@link ParsedArgs}. */
    String name() {
        return names.get(names.size() - 1);
    }

    boolean takesValue() {
        return kind == Kind.VALUE || kind == Kind.LIST || kind == Kind.REPEATED;
    }
}
