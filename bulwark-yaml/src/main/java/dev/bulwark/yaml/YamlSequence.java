package dev.bulwark.yaml;

import dev.bulwark.core.TextRange;
import java.util.List;
import java.util.Objects;

/** A sequence; {@code flow} for {@code [a, b]}, block ({@code - a}) otherwise. */
public record YamlSequence(TextRange range, String tag, String anchor, List<YamlNode> items, boolean flow)
        implements YamlNode {

    public YamlSequence {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(anchor, "anchor");
        items = List.copyOf(items);
    }
}
