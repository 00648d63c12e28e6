package dev.bulwark.engine.fix;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.dockerfile.DockerfileParser;
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
    private final String path;
    private final Map<String, Integer> before;

    private SyntaxGuard(String path, Map<String, Integer> before) {
        this.path = path;
        this.before = before;
    }

    /**
     * A guard for the file a rule of the family {@code prefix} fixes, whose text is {@code original};
     * empty for a kind of file no guard knows, whose fixes are then not applied.
     */
    static Optional<SyntaxGuard> forRule(String prefix, String path, String original) {
        if (!prefix.equals("DF")) {
            return Optional.empty();
        }
        return Optional.of(new SyntaxGuard(path, counts(problems(path, original))));
    }

    /** The first problem {@code edited} has beyond those of the original, if any. */
    Optional<String> newProblem(String edited) {
        Map<String, Integer> left = new HashMap<>(before);
        for (String message : problems(path, edited)) {
            int n = left.getOrDefault(message, 0);
            if (n == 0) {
                return Optional.of(message);
            }
            left.put(message, n - 1);
        }
        return Optional.empty();
    }

    private static List<String> problems(String path, String text) {
        List<String> messages = new ArrayList<>();
        for (SyntaxProblem p : DockerfileParser.parse(new SourceText(path, text)).problems()) {
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
