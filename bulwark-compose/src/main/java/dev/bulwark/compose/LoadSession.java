package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one project load: the reader, every file read (each once), the directory each
 * file's relative paths resolve against, and the problems found. One thread, one load.
 */
final class LoadSession {
    private final ComposeFileReader reader;
    private final YamlParser yamlParser = new YamlParser();
    private final Set<ComposeProblem> problems = new LinkedHashSet<>();
    private final List<SourceText> sources = new ArrayList<>();
    private final Map<SourceText, Path> baseDirectories = new IdentityHashMap<>();
    private final Map<Path, FileContent> reads = new HashMap<>();
    private final Map<Path, YamlFile> parsed = new HashMap<>();

    LoadSession(ComposeFileReader reader) {
        this.reader = reader;
    }

    /** A file of the project given by the engine: no need to read it again. */
    void addInput(ComposeInput input, Optional<Path> baseDirectory) {
        register(input.source(), baseDirectory);
        if (input.path().isPresent()) {
            Path p = normalize(input.path().get());
            reads.put(p, new FileContent.Found(input.source()));
            parsed.put(p, input.yaml());
        }
        addYamlProblems(input.yaml());
    }

    void register(SourceText source, Optional<Path> baseDirectory) {
        if (!baseDirectories.containsKey(source)) {
            baseDirectories.put(source, baseDirectory.isPresent() ? baseDirectory.get() : null);
            sources.add(source);
        }
    }

    FileContent read(Path path) {
        Path p = normalize(path);
        FileContent cached = reads.get(p);
        if (cached != null) {
            return cached;
        }
        FileContent content;
        try {
            content = reader.read(p);
        } catch (RuntimeException e) {
            // The reader must not throw; if it does, the file is unreadable, the load goes on.
            content = new FileContent.Unreadable(e.getClass().getSimpleName());
        }
        if (content == null) {
            content = new FileContent.Unreadable("no content");
        }
        reads.put(p, content);
        return content;
    }

    /** The parsed YAML of a file read by {@link #read}, registered with its base directory. */
    YamlFile yaml(Path path, SourceText source, Optional<Path> baseDirectory) {
        Path p = normalize(path);
        YamlFile file = parsed.get(p);
        if (file == null) {
            file = yamlParser.parse(source);
            parsed.put(p, file);
            register(source, baseDirectory);
            addYamlProblems(file);
        }
        return file;
    }

    private void addYamlProblems(YamlFile file) {
        for (SyntaxProblem p : file.problems()) {
            problems.add(new ComposeProblem(ProblemKind.YAML_SYNTAX, new Span(file.source(), p.range()), p.message()));
        }
    }

    void problem(ProblemKind kind, Span span, String message) {
        problems.add(new ComposeProblem(kind, span, message));
    }

    /** A sink for components that report into a list. */
    void addAll(List<ComposeProblem> found) {
        problems.addAll(found);
    }

    List<ComposeProblem> problems() {
        return new ArrayList<>(problems);
    }

    List<SourceText> sources() {
        return sources;
    }

    Optional<Path> baseDirectory(Span span) {
        return Optional.ofNullable(baseDirectories.get(span.source()));
    }

    /**
     * {@code path} as written at {@code where}, resolved against that file's base directory;
     * empty for {@code ~} paths, unresolved values and paths the platform cannot represent.
     */
    Optional<Path> resolve(String path, Span where) {
        if (path.isEmpty() || path.startsWith("~")) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(path);
            if (p.isAbsolute()) {
                return Optional.of(p.normalize());
            }
            Optional<Path> base = baseDirectory(where);
            return base.isPresent() ? Optional.of(base.get().resolve(p).normalize()) : Optional.<Path>empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    static Path normalize(Path p) {
        return p.toAbsolutePath().normalize();
    }

    static Span start(SourceText source) {
        return new Span(source, TextRange.empty(0));
    }
}
