package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory project folder for tests: files by relative path, loaded like the engine would. */
final class MemoryProject implements ComposeFileReader {
    static final Path ROOT = Path.of("/work/project").toAbsolutePath();

    private final Map<Path, String> files = new LinkedHashMap<>();
    private final Map<Path, String> unreadable = new LinkedHashMap<>();
    final List<Path> reads = new ArrayList<>();

    MemoryProject file(String relative, String text) {
        files.put(ROOT.resolve(relative).normalize(), text);
        return this;
    }

    MemoryProject unreadable(String relative, String reason) {
        unreadable.put(ROOT.resolve(relative).normalize(), reason);
        return this;
    }

    @Override
    public FileContent read(Path path) {
        reads.add(path);
        if (unreadable.containsKey(path)) {
            return new FileContent.Unreadable(unreadable.get(path));
        }
        String text = files.get(path);
        if (text == null) {
            return new FileContent.Missing();
        }
        return new FileContent.Found(new SourceText(ROOT.relativize(path).toString(), text));
    }

    /** Loads the named files as one project, in order. */
    ComposeProject load(String... names) {
        List<ComposeInput> inputs = new ArrayList<>();
        for (String name : names) {
            Path p = ROOT.resolve(name).normalize();
            String text = files.get(p);
            if (text == null) {
                throw new IllegalArgumentException("no file " + name);
            }
            SourceText source = new SourceText(name, text);
            inputs.add(new ComposeInput(Optional.of(p), source, new YamlParser().parse(source)));
        }
        return new ComposeLoader(this).load(inputs);
    }

    /** A one-file project. */
    static ComposeProject of(String composeYaml) {
        return new MemoryProject().file("compose.yaml", composeYaml).load("compose.yaml");
    }

    /** "path:line:column text" of a span, for assertions. */
    static String at(Span span) {
        return span.path() + ":" + span.location().line() + ":" + span.location().column() + " " + span.text();
    }

    static List<String> problems(ComposeProject project) {
        List<String> result = new ArrayList<>();
        for (ComposeProblem p : project.problems()) {
            result.add(p.kind() + " " + p.span().path() + ":" + p.span().location().line() + ":"
                    + p.span().location().column() + " " + p.message());
        }
        return result;
    }
}
