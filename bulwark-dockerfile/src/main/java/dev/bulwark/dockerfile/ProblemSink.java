package dev.bulwark.dockerfile;

import dev.bulwark.core.TextRange;

/** Where the parser reports what Docker would reject. */
@FunctionalInterface
interface ProblemSink {

    void report(TextRange range, String message);

    /** For checks Docker does not run at this point (an ONBUILD trigger's own layer-2 checks). */
    ProblemSink IGNORE = new Ignore();

    /** The sink of {@link #IGNORE}: drops every problem. */
    final class Ignore implements ProblemSink {

        private Ignore() {
        }

        @Override
        public void report(TextRange range, String message) {
        }
    }
}
