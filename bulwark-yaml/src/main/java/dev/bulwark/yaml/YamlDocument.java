package dev.bulwark.yaml;

import java.util.Objects;

/** One document of a YAML stream ({@code ---} separates documents). */
public record YamlDocument(YamlNode root) {

    public YamlDocument {
        Objects.requireNonNull(root, "root");
    }
}
