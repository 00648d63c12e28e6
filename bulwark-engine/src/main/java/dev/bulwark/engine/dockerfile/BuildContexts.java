package dev.bulwark.engine.dockerfile;

import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.engine.discovery.ReadOutcome;
import dev.bulwark.rules.dockerfile.BuildContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the build context facts of a Dockerfile input, taking the Dockerfile's directory as the
 * context (spec 2.1): {@code <Dockerfile>.dockerignore} beside it replaces {@code .dockerignore}
 * in that directory. Ignore files are read with the same limits as inputs; when one exists but
 * cannot be read, or the input is not a file, the context is unknown and context rules stay silent.
 * When the directory has no ignore file but a parent directory (up to the repository root, the
 * first directory holding {@code .git}) has one, the Dockerfile is probably built with that parent
 * as context ({@code docker build -f sub/Dockerfile .}): the context is then unknown too.
 */
public final class BuildContexts {
    private final InputReader reader;
    // Contexts of the ignore files read so far (by file and display path) and whether a directory
    // has an ignore file above it: the Dockerfiles of one directory share both. The engine uses
    // one instance per audit run, so a run sees each ignore file as it was when first read.
    private final Map<String, BuildContext> byIgnoreFile = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> ancestorIgnoreFile = new ConcurrentHashMap<>();

    public BuildContexts(InputReader reader) {
        this.reader = reader;
    }

    public BuildContext of(Input input) {
        if (!(input instanceof Input.FileInput f)) {
            return BuildContext.unknown();
        }
        Path dockerfile = f.file();
        Path fileName = dockerfile.getFileName();
        if (fileName == null) {
            return BuildContext.unknown();
        }
        Path dir = dockerfile.toAbsolutePath().getParent();
        if (dir == null) {
            return BuildContext.unknown();
        }
        Path specific = dir.resolve(fileName + ".dockerignore");
        Path root = dir.resolve(".dockerignore");
        Path chosen = Files.exists(specific) ? specific : Files.exists(root) ? root : null;
        if (chosen == null) {
            return ancestorIgnoreFile(dir) ? BuildContext.unknown() : BuildContext.withoutDockerignore();
        }
        String shown = sibling(f.path(), chosen.getFileName().toString());
        String key = chosen + "\n" + shown;
        BuildContext context = byIgnoreFile.get(key);
        if (context == null) {
            context = read(chosen, shown);
            BuildContext first = byIgnoreFile.putIfAbsent(key, context);
            if (first != null) {
                context = first;
            }
        }
        return context;
    }

    private boolean ancestorIgnoreFile(Path dir) {
        Boolean above = ancestorIgnoreFile.get(dir);
        if (above == null) {
            above = ancestorHasDockerignore(dir);
            Boolean first = ancestorIgnoreFile.putIfAbsent(dir, above);
            if (first != null) {
                above = first;
            }
        }
        return above;
    }

    private BuildContext read(Path ignoreFile, String shown) {
        ReadOutcome outcome = reader.read(Input.file(shown, ignoreFile));
        if (outcome instanceof ReadOutcome.Read read) {
            return BuildContext.of(DockerignoreFile.parse(shown, read.source().text()));
        }
        return BuildContext.unknown();
    }

    private static boolean ancestorHasDockerignore(Path dir) {
        if (Files.exists(dir.resolve(".git"))) {
            return false;
        }
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".dockerignore"))) {
                return true;
            }
            if (Files.exists(p.resolve(".git"))) {
                return false;
            }
        }
        return false;
    }

    // The ignore file's display path: the Dockerfile's display path with its file name replaced.
    private static String sibling(String displayPath, String name) {
        int slash = displayPath.lastIndexOf('/');
        return slash < 0 ? name : displayPath.substring(0, slash + 1) + name;
    }
}
