package dev.bulwark.compose;

import java.nio.file.Path;

/**
 * Reads the files a Compose project refers to: the {@code .env} beside the project, service
 * {@code env_file}s, {@code extends} files and {@code include}d files. The engine implements it
 * with its own size limits and display paths; it must never throw (an unreadable file is
 * {@link FileContent.Unreadable}).
 */
public interface ComposeFileReader {

    /** The content of the file at {@code path} (absolute, normalised). */
    FileContent read(Path path);
}
