package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlFile;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One Compose file of a project as the engine read it: its absolute path (empty for standard
 * input), its text with the display path, and the parsed YAML.
 */
public final class ComposeInput {
    private final Optional<Path> path;
    private final SourceText source;
    private final YamlFile yaml;

    public ComposeInput(Optional<Path> path, SourceText source, YamlFile yaml) {
        this.path = Objects.requireNonNull(path, "path");
        this.source = Objects.requireNonNull(source, "source");
        this.yaml = Objects.requireNonNull(yaml, "yaml");
        if (yaml.source() != source) {
            throw new IllegalArgumentException("the YAML file was parsed from another source text");
        }
    }

    public Optional<Path> path() {
        return path;
    }

    public SourceText source() {
        return source;
    }

    public YamlFile yaml() {
        return yaml;
    }

    @Override
    public String toString() {
        return "ComposeInput[" + source.path() + "]";
    }
}
