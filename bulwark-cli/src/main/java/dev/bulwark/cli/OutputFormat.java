package dev.bulwark.cli;

import java.util.Locale;

/** The {@code --format} of {@code check}; the names are those of the report module's reporters. */
enum OutputFormat {
    TEXT,
    JSON,
    SARIF;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
