package dev.bulwark.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The repository a file belongs to, so image names are matched within one repository: the nearest
 * folder holding {@code .git} or a {@code TREE.tsv} listing, else the file system root (one scope
 * for everything audited). Remembers what it looked up; safe for concurrent use.
 */
final class RepositoryRoots {
    private static final Path NONE = Path.of("/");
    private final Map<Path, Path> byFolder = new ConcurrentHashMap<>();

    Path of(Path file) {
        Path start = file.toAbsolutePath().normalize().getParent();
        if (start == null) {
            return NONE;
        }
        Path known = byFolder.get(start);
        if (known != null) {
            return known;
        }
        Path found = NONE;
        for (Path p = start; p != null; p = p.getParent()) {
            Path cached = byFolder.get(p);
            if (cached != null) {
                found = cached;
                break;
            }
            if (Files.exists(p.resolve(".git")) || Files.isRegularFile(p.resolve("TREE.tsv"))) {
                found = p;
                break;
            }
        }
        byFolder.put(start, found);
        return found;
    }
}
