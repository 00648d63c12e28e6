package dev.bulwark.yaml;

import dev.bulwark.core.TextRange;
import java.util.Optional;

/**
 * A node of a composed YAML document. Ranges are UTF-16 offsets into the file's source text and
 * include the node's properties (anchor, tag). An alias is the very node its anchor names, so a
 * finding on aliased content lands at the anchor's definition (ARCHITECTURE "YAML").
 */
public sealed interface YamlNode permits YamlScalar, YamlSequence, YamlMapping {

    TextRange range();

    /** The resolved tag, e.g. {@code tag:yaml.org,2002:str}, or a local tag such as {@code !reference}. */
    String tag();

    /** The anchor defined on this node ({@code &name}), empty when none. */
    String anchor();

    default Optional<String> anchorName() {
        return anchor().isEmpty() ? Optional.empty() : Optional.of(anchor());
    }

    /** The scalar's value, when this is a scalar. */
    default Optional<String> scalarValue() {
        return this instanceof YamlScalar s ? Optional.of(s.value()) : Optional.empty();
    }
}
