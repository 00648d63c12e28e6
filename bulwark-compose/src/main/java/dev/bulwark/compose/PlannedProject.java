package dev.bulwark.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One project the planner formed: the files to load in {@code -f} order, and the files it
 * reports on ({@link #ownedFiles()}). Every planned file is owned by exactly one project, so an
 * engine that reports a project's findings only in its owned files reports each finding once even
 * when a base file is loaded again under an overlay.
 */
public final class PlannedProject {

    /** Why these files form a project. */
    public enum Kind {
        /** A standard main file ({@code compose.yaml}...), with its {@code compose.override.yaml} if any. */
        MAIN,
        /** A variant file that defines whole services ({@code compose.prod.yaml} with images): loaded alone. */
        STANDALONE,
        /** A variant file that only adjusts services: loaded on top of its base, as {@code -f base -f overlay}. */
        OVERLAY,
        /** An overlay with no base in its folder: loaded alone, its services may be partial. */
        ORPHAN_OVERLAY
    }

    private final Kind kind;
    private final List<Path> files;
    private final List<Path> ownedFiles;

    PlannedProject(Kind kind, List<Path> files, List<Path> ownedFiles) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.files = List.copyOf(files);
        this.ownedFiles = List.copyOf(ownedFiles);
    }

    public Kind kind() {
        return kind;
    }

    /** The files to load, main first. */
    public List<Path> files() {
        return files;
    }

    /** The file the project is named after: the main file, or the variant. */
    public Path primary() {
        return ownedFiles.get(0);
    }

    /** The files whose findings this project reports. */
    public List<Path> ownedFiles() {
        return ownedFiles;
    }

    /** True when the services may be incomplete (an overlay without its base). */
    public boolean isPartial() {
        return kind == Kind.ORPHAN_OVERLAY;
    }

    @Override
    public String toString() {
        return "PlannedProject[" + kind + " " + files + "]";
    }
}
