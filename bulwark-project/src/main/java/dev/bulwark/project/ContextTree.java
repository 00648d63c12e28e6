package dev.bulwark.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only view of the files under a folder: the disk ({@link DiskTree}) or a repository
 * listing ({@link ListingTree}, from {@code TREE.tsv}, for repositories of which only the container
 * files were copied). Paths are absolute and normalised. Nothing here follows a symlink: a link is
 * an entry of kind {@link Kind#SYMLINK}; {@link #linkTarget} reads where it points when known.
 */
public interface ContextTree {

    /** What an entry is. */
    enum Kind { FILE, DIRECTORY, SYMLINK, OTHER }

    /** One entry of a folder: its name, kind and size in bytes ({@code -1} when unknown). */
    record Entry(String name, Kind kind, long size) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A folder's entries, sorted by name, or why they could not be read (then empty). */
    record Listing(List<Entry> entries, Optional<String> problem) {
        public Listing {
            entries = List.copyOf(entries);
            Objects.requireNonNull(problem, "problem");
        }

        public static Listing failed(String problem) {
            return new Listing(List.of(), Optional.of(problem));
        }
    }

    /** The entries of {@code folder}; a missing folder lists nothing, without a problem. */
    Listing list(Path folder);

    /** The entry at {@code path}, without following a final symlink. */
    Optional<Entry> entry(Path path);

    /** The target text of the symlink at {@code path}, when known. */
    Optional<String> linkTarget(Path path);

    /** The first {@code maxChars} characters of a file's text (UTF-8), when it can be read. */
    Optional<String> read(Path file, int maxChars);
}
