package dev.bulwark.compose;

/** How a healthcheck's {@code test} is written (NOTES 3.11). */
public enum HealthTestForm {
    /** No {@code test}: the image's HEALTHCHECK applies, if any. */
    INHERITED,
    /** {@code ["NONE"]}: the healthcheck is disabled. */
    NONE,
    /** {@code ["CMD", "prog", "arg"...]}: run without a shell. */
    CMD,
    /** {@code ["CMD-SHELL", "cmd"]} or a plain string: run with {@code /bin/sh -c}. */
    CMD_SHELL,
    /** A list whose first item is none of those (Compose refuses it). */
    INVALID
}
