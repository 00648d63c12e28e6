package dev.bulwark.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a run fails ({@code fail-on} in the config, {@code --fail-on} on the command line): the
 * least severe finding that fails it, or {@link #NONE}, which never fails it. The one place that
 * decides whether a finding fails the run; the engine's verdict, the exit code and the reports'
 * summaries all ask it.
 */
public enum FailThreshold {
    ERROR,
    WARNING,
    INFO,
    NONE;

    /** The lowercase word used in JSON, config and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a finding of {@code severity} fails a run with this threshold. */
    public boolean failsOn(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return switch (this) {
            case ERROR -> severity.atLeast(Severity.ERROR);
            case WARNING -> severity.atLeast(Severity.WARNING);
            case INFO -> severity.atLeast(Severity.INFO);
            case NONE -> false;
        };
    }

    /** The threshold for an id, ignoring case; empty for anything else. */
    public static Optional<FailThreshold> fromId(String id) {
        for (FailThreshold t : values()) {
            if (t.id().equalsIgnoreCase(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
