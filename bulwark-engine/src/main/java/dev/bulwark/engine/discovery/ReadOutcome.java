package dev.bulwark.engine.discovery;

import dev.bulwark.core.SourceText;

/** What reading an input gave: its text, or why there is none. */
public sealed interface ReadOutcome {

    record Read(SourceText source) implements ReadOutcome {
    }

    /**
     * {@code reason} is a short fragment: {@code binary file (NUL byte at offset 12)}; {@code line}
     * is where the offending byte is (1-based), or 1 when the whole file is the problem.
     */
    record Unreadable(String path, String reason, int line) implements ReadOutcome {
        public Unreadable(String path, String reason) {
            this(path, reason, 1);
        }
    }
}
