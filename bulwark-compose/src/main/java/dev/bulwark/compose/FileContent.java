package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import java.util.Objects;

/** What a {@link ComposeFileReader} found at a path. */
public sealed interface FileContent permits FileContent.Found, FileContent.Missing, FileContent.Unreadable {

    /** The file's text, with the path to show for it. */
    record Found(SourceText source) implements FileContent {
        public Found {
            Objects.requireNonNull(source, "source");
        }
    }

    /** Nothing to read: the path does not exist or is not a regular file (a directory). */
    record Missing() implements FileContent {
    }

    /** The file exists but cannot be used: too large, binary, not UTF-8, an I/O error. */
    record Unreadable(String reason) implements FileContent {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
