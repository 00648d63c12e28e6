package dev.bulwark.report;

import java.util.Objects;

/**
 * One accepted finding of a baseline file: its rule, path and {@link Fingerprints line hash},
 * which identify it; the line and message only help a reader (and tell apart findings of one rule
 * on one line, such as two vulnerabilities of one image).
 */
public record BaselineEntry(String rule, String path, String fingerprint, int line, String message) {

    public BaselineEntry {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(message, "message");
    }
}
