package dev.bulwark.dockerfile;

import dev.bulwark.core.TextRange;

/** Where the parser reports what Docker would reject. */
@FunctionalInterface
interface ProblemSink {

    void report(TextRange range, String message);

    /** For checks Docker does not run at this point (an ONBUILD trigger's own layer-2 checks). */
    ProblemSink IGNORE = (range, message) -> { };
}
