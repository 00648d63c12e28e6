package dev.bulwark.compose;

import dev.bulwark.yaml.YamlFile;
import java.nio.file.Path;
import java.util.Objects;

/** A Compose file found in a run, for {@link ProjectPlanner}: its path and its parsed YAML. */
public final class PlannerInput {
    private final Path path;
    private final YamlFile yaml;

    public PlannerInput(Path path, YamlFile yaml) {
        this.path = Objects.requireNonNull(path, "path");
        this.yaml = Objects.requireNonNull(yaml, "yaml");
    }

    public Path path() {
        return path;
    }

    public YamlFile yaml() {
        return yaml;
    }

    @Override
    public String toString() {
        return "PlannerInput[" + path + "]";
    }
}
