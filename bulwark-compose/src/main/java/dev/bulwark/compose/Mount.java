package dev.bulwark.compose;

import dev.bulwark.core.Span;

/** Something mounted into a service's container: a {@code volumes} entry or a {@code tmpfs} entry. */
public sealed interface Mount permits VolumeMount, TmpfsMount {

    /** The container path, cleaned ({@code /data/./x/} is {@code /data/x}). */
    String target();

    boolean readOnly();

    /** The node it was written as. */
    ComposeNode node();

    default Span span() {
        return node().span();
    }
}
