package dev.bulwark.engine.pin;

import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.util.Optional;

/** Where a value is written, character for character, inside the span that holds it. */
final class WrittenText {
    private WrittenText() {
    }

    /**
     * The part of {@code holder} that is exactly {@code value}: all of it, the inside of its quotes
     * (a quoted YAML scalar without escapes), or the one place it occurs (a {@code --mount} flag's
     * {@code from=}); empty when it is not written as is (escapes, folded lines) or occurs twice.
     */
    static Optional<Span> locate(Span holder, String value) {
        String text = holder.text();
        if (value.isEmpty() || value.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        int at = text.indexOf(value);
        if (at < 0 || text.indexOf(value, at + 1) >= 0) {
            return Optional.empty();
        }
        int start = holder.range().start() + at;
        return Optional.of(new Span(holder.source(), TextRange.of(start, start + value.length())));
    }
}
