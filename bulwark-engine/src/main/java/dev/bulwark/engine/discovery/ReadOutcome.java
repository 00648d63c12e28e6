package dev.bulwark.engine.discovery;

import dev.bulwark.core.SourceText;

/** What reading an input gave: its text, or why there is none. */
public sealed interface ReadOutcome {

    record Read(SourceText source) implements ReadOutcome {
    }

    /** {@code reason} is a short fragment: {@code binary file (NUL byte at offset 12)}. */
    record Unreadable(String path, String reason) implements ReadOutcome {
    }
}
