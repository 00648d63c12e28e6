package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.List;

/**
 * A node of the loaded Compose model: the YAML after anchors, interpolation, {@code include},
 * {@code extends} and the merge of override files, where every node still knows the file and the
 * exact range it came from. A value inherited through a YAML anchor points at the anchor's
 * definition, one inherited through {@code extends} at the base service, one set by an override
 * file at that file. The tree is never re-dumped as YAML.
 */
public sealed interface ComposeNode permits ComposeScalar, ComposeSequence, ComposeMapping {

    /** Where the node's text is: a scalar's value (quotes included), a collection's content. */
    Span span();

    /**
     * True for a node the loader made up from a short form while merging (the implied
     * {@code condition: service_started} of a list-form {@code depends_on} entry, the
     * {@code context} of a string {@code build}); its span is that of the short form.
     */
    boolean isImplied();

    /** Other places whose definitions were merged into this one (an override file, an extends base), in merge order. */
    default List<Span> mergedFrom() {
        return List.of();
    }

    /** "string", "integer", "number", "boolean", "null", "list" or "mapping", as messages name them. */
    String typeName();

    default boolean isNull() {
        return this instanceof ComposeScalar s && s.type() == ScalarType.NULL;
    }
}
