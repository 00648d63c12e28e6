package dev.bulwark.shell;

import dev.bulwark.core.TextRange;

/** Maps a range of the text a parser reads to a source range. */
@FunctionalInterface
interface OffsetMap {
    TextRange range(int start, int end);

    /** The map of a text made of characters at {@code outerIndex[i]} of the text {@code outer} maps. */
    static OffsetMap composed(OffsetMap outer, int[] outerIndex) {
        return new Composed(outer, outerIndex);
    }

    /** The map of the slice starting at {@code offset} of the text {@code outer} maps. */
    static OffsetMap shifted(OffsetMap outer, int offset) {
        return new Shifted(outer, offset);
    }

    /** See {@link OffsetMap#composed}. */
    final class Composed implements OffsetMap {
        private final OffsetMap outer;
        private final int[] outerIndex;

        private Composed(OffsetMap outer, int[] outerIndex) {
            this.outer = outer;
            this.outerIndex = outerIndex;
        }

        @Override
        public TextRange range(int start, int end) {
            return start == end
                    ? outer.range(outerIndex[start], outerIndex[start])
                    : outer.range(outerIndex[start], outerIndex[end - 1] + 1);
        }
    }

    /** See {@link OffsetMap#shifted}. */
    final class Shifted implements OffsetMap {
        private final OffsetMap outer;
        private final int offset;

        private Shifted(OffsetMap outer, int offset) {
            this.outer = outer;
            this.offset = offset;
        }

        @Override
        public TextRange range(int start, int end) {
            return outer.range(start + offset, end + offset);
        }
    }
}
