package dev.bulwark.cli;

import dev.bulwark.core.Severity;
import java.util.Optional;

/** The {@code --fail-on} threshold: the least severe finding that makes the run exit with 1. */
enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NONE(null);

    private final Severity severity;

    FailOn(Severity severity) {
        this.severity = severity;
    }

    /** The threshold severity; empty for {@code none}, which never fails the run. */
    Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }
}
