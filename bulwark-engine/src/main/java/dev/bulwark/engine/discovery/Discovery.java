package dev.bulwark.engine.discovery;

import dev.bulwark.engine.Input;
import dev.bulwark.engine.classify.Classifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what to audit from command-line arguments. Directories are walked for files named like
 * Dockerfiles ({@link DockerfileNames}) and for YAML files ({@code .yaml}, {@code .yml}: Compose
 * files and Kubernetes manifests can have any name, so the engine classifies them by content);
 * explicit files are always audited whatever their name;
 * {@code -} is standard input. The walk skips {@link #SKIPPED_DIRECTORIES} (version control,
 * dependency and tool caches, vendored third-party code, Maven/Cargo {@code target} outputs) but
 * not {@code build} or {@code dist}, which in ML repositories often hold real Dockerfiles. A
 * directory named on the command line is walked even if its name is in the list. Symbolic links
 * to files are followed; symbolic links to directories are not, so a link loop cannot trap the
 * walk and no file is audited twice under two names.
 */
public final class Discovery {
    public static final Set<String> SKIPPED_DIRECTORIES = Set.of(
            ".git", ".hg", ".svn", ".bzr",
            // Vendored code under each spelling C and C++ projects use (`3rdparty/protobuf`): its
            // images are its upstream's, built by the upstream's CI if at all.
            "node_modules", "vendor", "third_party", "third-party", "thirdparty", "3rdparty", "3rd_party",
            "3rd-party",
            ".venv", "venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache",
            ".eggs", "site-packages", "target");

    private final Path workingDirectory;

    public Discovery(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /**
     * The inputs for {@code arguments} (the working directory when empty), sorted by shown path,
     * each once. A path that does not exist is still an input: reading it fails and is reported.
     */
    public List<Input> discover(List<String> arguments, InputStream standardInput) throws IOException {
        Map<String, Input> found = new LinkedHashMap<>();
        List<String> args = arguments.isEmpty() ? List.of(".") : arguments;
        List<Input> stdin = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                if (stdin.isEmpty()) {
                    stdin.add(new Input.StreamInput("-", standardInput));
                }
                continue;
            }
            Path path = workingDirectory.resolve(arg).normalize();
            if (Files.isDirectory(path)) {
                walk(path, found);
            } else {
                String shown = display(path);
                found.putIfAbsent(shown, Input.file(shown, path));
            }
        }
        List<Input> result = new ArrayList<>(found.values());
        result.sort(ByPath.INSTANCE);
        result.addAll(stdin);
        return result;
    }

    private static final class ByPath implements Comparator<Input> {
        static final ByPath INSTANCE = new ByPath();

        @Override
        public int compare(Input a, Input b) {
            return a.path().compareTo(b.path());
        }
    }

    /** {@code path} relative to the working directory, {@code /}-separated. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        String shown = workingDirectory.relativize(abs).toString().replace('\\', '/');
        return shown.isEmpty() ? "." : shown;
    }

    private void walk(Path root, Map<String, Input> found) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && SKIPPED_DIRECTORIES.contains(String.valueOf(dir.getFileName()))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // Not following links: a link's attributes are its own, so ask where it points.
                boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                String name = String.valueOf(file.getFileName());
                if (regular && (DockerfileNames.isDockerfile(name) || Classifier.isYamlName(name))) {
                    String shown = display(file);
                    found.putIfAbsent(shown, Input.found(shown, file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // An unreadable directory deep in the tree must not stop the audit of the rest.
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
