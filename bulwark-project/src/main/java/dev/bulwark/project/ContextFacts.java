package dev.bulwark.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build context sends, from one bounded walk with its ignore file applied: counts and
 * bytes of the files sent, the largest top-level entries, the notable files and folders
 * ({@link FileKind} other than {@code OTHER}) with their sizes, the names at the context's top
 * level whatever the ignore file says, and the walk's problems. Sizes of files whose size is
 * unknown (a listing without it) count as 0 and are counted in {@code unknownSizes}.
 */
public record ContextFacts(Path folder, Optional<IgnoreFile> ignore, long files, long bytes, long unknownSizes,
                           List<Sized> largest, List<Notable> notable, boolean notableTruncated,
                           List<ContextTree.Entry> topLevel, long visited, boolean truncated, List<String> problems) {

    public ContextFacts {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(ignore, "ignore");
        largest = List.copyOf(largest);
        notable = List.copyOf(notable);
        topLevel = List.copyOf(topLevel);
        problems = List.copyOf(problems);
    }

    /** A top-level entry and what it sends. */
    public record Sized(String path, boolean folder, long bytes, long files) {
    }

    /**
     * A notable file, or folder (then {@code bytes} and {@code files} are what it sends), by its
     * context-relative path.
     */
    public record Notable(String path, FileKind kind, boolean folder, long bytes, long files, boolean sizeKnown) {
    }
}
