package dev.bulwark.shell;

import dev.bulwark.core.TextRange;

/** Maps a range of the text a parser reads to a source range. */
@FunctionalInterface
interface OffsetMap {
    TextRange range(int start, int end);

    /** The map of a text made of characters at {@code outerIndex[i]} of the text {@code outer} maps. */
    static OffsetMap composed(OffsetMap outer, int[] outerIndex) {
        return (start, end) -> start == end
                ? outer.range(outerIndex[start], outerIndex[start])
                : outer.range(outerIndex[start], outerIndex[end - 1] + 1);
    }

    /** The map of the slice starting at {@code offset} of the text {@code outer} maps. */
    static OffsetMap shifted(OffsetMap outer, int offset) {
        return (start, end) -> outer.range(start + offset, end + offset);
    }
}
