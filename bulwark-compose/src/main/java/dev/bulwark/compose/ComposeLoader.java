package dev.bulwark.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads Compose projects. Give it the files of one project in {@code -f} order (the main file
 * first, then override files; {@link ProjectPlanner} decides which files go together) and a
 * reader for the files they refer to. Never throws on bad input: everything Compose would refuse
 * or warn about is a {@link ComposeProblem} of the returned project. One loader serves many
 * loads, one at a time per thread; each load reads each referenced file once.
 */
public final class ComposeLoader {
    private final ComposeFileReader reader;

    public ComposeLoader(ComposeFileReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Loads a project whose directory is the first file's (none for standard input). */
    public ComposeProject load(List<ComposeInput> files) {
        return new ProjectLoader(reader).load(files, Optional.<Path>empty());
    }

    /** Loads a project with an explicit project directory ({@code --project-directory}, or for standard input). */
    public ComposeProject load(List<ComposeInput> files, Path projectDirectory) {
        return new ProjectLoader(reader).load(files, Optional.of(projectDirectory));
    }
}
