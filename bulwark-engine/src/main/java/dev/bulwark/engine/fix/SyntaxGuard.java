package dev.bulwark.engine.fix;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.engine.classify.Classification;
import dev.bulwark.engine.classify.Classifier;
import dev.bulwark.yaml.YamlParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells whether an edited text has a syntax problem the original did not have, by parsing both
 * the way the audit does. Problems are compared by message and count, not by place: an edit
 * moves every later problem.
 */
final class SyntaxGuard {
    private final Kind kind;
    private final String path;
    private final Map<String, Integer> before;

    private SyntaxGuard(Kind kind, String path, Map<String, Integer> before) {
        this.kind = kind;
        this.path = path;
        this.before = before;
    }

    /**
     * A guard for the file a rule of the family {@code prefix} fixes, whose text is {@code original};
     * empty for a kind of file no guard knows, whose fixes are then not applied. The engine's own
     * findings (BW: a pin) fall in any kind of file, which is then told by its text.
     */
    static Optional<SyntaxGuard> forRule(String prefix, String path, String original) {
        Kind kind = prefix.equals("DF") ? Kind.DOCKERFILE : prefix.equals("DC") || prefix.equals("KU") ? Kind.YAML
                : prefix.equals("BW") ? byText(path, original) : null;
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new SyntaxGuard(kind, path, counts(problems(kind, path, original))));
    }

    /** How a file is parsed: as a Dockerfile, or as YAML (Compose files and manifests; their loaders' own problems aside). */
    private enum Kind {
        DOCKERFILE,
        YAML
    }

    private static Kind byText(String path, String text) {
        Classification c = new Classifier(new YamlParser()).classify(new SourceText(path, text), Optional.empty());
        return c instanceof Classification.Dockerfile ? Kind.DOCKERFILE : c instanceof Classification.Yaml ? Kind.YAML : null;
    }

    /** The first problem {@code edited} has beyond those of the original, if any. */
    Optional<String> newProblem(String edited) {
        Map<String, Integer> left = new HashMap<>(before);
        for (String message : problems(kind, path, edited)) {
            int n = left.getOrDefault(message, 0);
            if (n == 0) {
                return Optional.of(message);
            }
            left.put(message, n - 1);
        }
        return Optional.empty();
    }

    private static List<String> problems(Kind kind, String path, String text) {
        List<String> messages = new ArrayList<>();
        SourceText source = new SourceText(path, text);
        List<SyntaxProblem> problems = kind == Kind.DOCKERFILE ? DockerfileParser.parse(source).problems()
                : new YamlParser().parse(source).problems();
        for (SyntaxProblem p : problems) {
            messages.add(p.message());
        }
        return messages;
    }

    private static Map<String, Integer> counts(List<String> messages) {
        Map<String, Integer> counts = new HashMap<>();
        for (String m : messages) {
            counts.merge(m, 1, Integer::sum);
        }
        return counts;
    }
}
