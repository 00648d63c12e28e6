package dev.bulwark.cli;

/** The words of a command that are not options: how many it takes and their help text. */
record PositionalSpec(String label, String description, int min, int max) {

    PositionalSpec {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad arity " + min + ".." + max);
        }
    }

    static PositionalSpec none() {
        return new PositionalSpec("", "", 0, 0);
    }

    static PositionalSpec any(String label, String description) {
        return new PositionalSpec(label, description, 0, Integer.MAX_VALUE);
    }

    static PositionalSpec exactlyOne(String label, String description) {
        return new PositionalSpec(label, description, 1, 1);
    }

    /** {@code [PATH...]}, {@code CODE|NAME} or {@code hadolint [FILE]}: how usage lines show them. */
    String synopsis() {
        String shown = max == Integer.MAX_VALUE ? label + "..." : label;
        return min == 0 ? "[" + shown + "]" : shown;
    }
}
