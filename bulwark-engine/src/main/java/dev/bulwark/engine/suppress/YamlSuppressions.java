package dev.bulwark.engine.suppress;

import dev.bulwark.yaml.YamlComments;
import dev.bulwark.yaml.YamlFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The suppression comments of a YAML file (Compose, Kubernetes): {@code # bulwark-ignore: CODE --
 * reason} after a key or value, or on the line above it, suppresses findings that start in the
 * block of that line (the line and everything nested under it, {@link YamlComments});
 * {@code # bulwark-ignore-file:} anywhere suppresses in the whole file. hadolint's comments mean
 * nothing in YAML and are not read.
 */
public final class YamlSuppressions {
    private static final String MARKER = "bulwark-ignore";

    private final SuppressionParser parser;

    public YamlSuppressions(SuppressionParser parser) {
        this.parser = parser;
    }

    public List<Suppression> of(YamlFile file) {
        List<YamlComments.Comment> comments = YamlComments.withMarker(file, MARKER);
        if (comments.isEmpty()) {
            return List.of();
        }
        List<Suppression> result = new ArrayList<>();
        for (YamlComments.Comment c : comments) {
            if (c.text().startsWith(MARKER)) {
                result.addAll(parser.parse(c.text(), c.range(), c.block()));
            }
        }
        return result;
    }
}
