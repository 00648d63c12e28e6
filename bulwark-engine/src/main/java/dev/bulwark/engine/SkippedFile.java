package dev.bulwark.engine;

import dev.bulwark.engine.classify.SkipReason;
import java.util.Objects;

/** A file the run found and deliberately did not audit, and why (a Helm template, an unrelated YAML file). */
public record SkippedFile(String path, SkipReason reason) {

    public SkippedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
