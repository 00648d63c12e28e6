package dev.bulwark.report;

import java.util.Objects;

/**
 * A file the run found and did not audit. {@code reason} is a stable lowercase id
 * ({@code helm-template}); {@code description} a plural noun phrase for the summary
 * ("Helm chart templates").
 */
public record SkippedInput(String path, String reason, String description) {

    public SkippedInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(description, "description");
    }
}
