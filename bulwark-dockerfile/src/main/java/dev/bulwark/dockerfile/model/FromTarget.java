package dev.bulwark.dockerfile.model;

import dev.bulwark.dockerfile.image.ImageReference;

/** What a {@code COPY --from} or {@code RUN --mount from=} names (spec 1.8, 1.11). */
public sealed interface FromTarget {

    /** A stage of this file, by name (case-insensitive) or, for COPY, by index. */
    record StageTarget(Stage stage) implements FromTarget {
        @Override
        public String toString() {
            return "StageTarget[" + stage.displayName() + "]";
        }
    }

    /** An image or a named build context. */
    record ImageTarget(ImageReference image) implements FromTarget {
    }

    /** A numeric index with no such stage ({@code invalid stage index N}). */
    record InvalidIndex(int index) implements FromTarget {
    }
}
