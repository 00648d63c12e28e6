package dev.bulwark.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code --format} of {@code check}; the names are those of the report module's reporters. */
enum OutputFormat {
    TEXT,
    JSON,
    SARIF,
    HTML,
    JUNIT,
    GITLAB,
    GITHUB,
    CHECKSTYLE;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a name stands for, in any case. */
    static OutputFormat of(String id) {
        for (OutputFormat f : values()) {
            if (f.id().equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no format " + id);
    }

    static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (OutputFormat f : values()) {
            ids.add(f.id());
        }
        return ids;
    }
}
