package dev.bulwark.yaml;

/** How a scalar was written. */
public enum ScalarStyle {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    /** {@code |} block scalar. */
    LITERAL,
    /** {@code >} block scalar. */
    FOLDED;

    public boolean isQuoted() {
        return this == SINGLE_QUOTED || this == DOUBLE_QUOTED;
    }

    public boolean isBlock() {
        return this == LITERAL || this == FOLDED;
    }
}
