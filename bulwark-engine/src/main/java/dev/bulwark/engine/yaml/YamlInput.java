package dev.bulwark.engine.yaml;

import dev.bulwark.core.SourceText;
import dev.bulwark.engine.classify.FileKind;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.yaml.YamlFile;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A Compose or Kubernetes file after the first phase: read, classified, parsed, with its settings. */
public record YamlInput(FileKind kind, Optional<Path> file, SourceText source, YamlFile yaml, FileSettings settings) {

    public YamlInput {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(settings, "settings");
    }

    public String path() {
        return source.path();
    }
}
