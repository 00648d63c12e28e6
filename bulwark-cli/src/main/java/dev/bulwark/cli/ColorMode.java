package dev.bulwark.cli;

import java.util.Map;

/** The {@code --color} choice. */
enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER;

    /**
     * Whether the text report is coloured. {@code auto} colours only a terminal, and never when
     * {@code NO_COLOR} is set to a non-empty value (no-color.org).
     */
    boolean enabled(boolean stdoutIsTerminal, Map<String, String> env) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> stdoutIsTerminal && env.getOrDefault("NO_COLOR", "").isEmpty();
        };
    }
}
