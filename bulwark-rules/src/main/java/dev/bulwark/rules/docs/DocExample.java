package dev.bulwark.rules.docs;

import java.util.Objects;
import java.util.Optional;

/**
 * A fenced code block from a rule doc whose info string is {@code <language> bad} or
 * {@code <language> good}. Bad examples must make the rule fire, good ones must not; the tests
 * run every one of them. {@code line} is the 1-based line of the opening fence in the doc.
 * {@code dockerignore} is the content of a {@code dockerignore} fence directly after the example:
 * examples run as if their folder were the build context, with that ignore file or none.
 * {@code context} is the content of a {@code context} fence after the example (after its
 * {@code dockerignore} fence, if any): the files of the build context for the context rules, one
 * a line, {@code path size} or {@code path = text} ({@code \n} for a line break in the text).
 * {@code image} is the content of a plain {@code dockerfile} fence directly after a YAML example:
 * the Dockerfile the example's Compose service builds ({@code build: .}), for the project rules.
 */
public record DocExample(String language, Verdict verdict, String code, int line, Optional<String> dockerignore,
                         Optional<String> context, Optional<String> image) {

    public DocExample {
        Objects.requireNonNull(dockerignore, "dockerignore");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(image, "image");
    }

    public DocExample(String language, Verdict verdict, String code, int line, Optional<String> dockerignore,
                      Optional<String> context) {
        this(language, verdict, code, line, dockerignore, context, Optional.empty());
    }

    public DocExample(String language, Verdict verdict, String code, int line, Optional<String> dockerignore) {
        this(language, verdict, code, line, dockerignore, Optional.empty());
    }

    public DocExample(String language, Verdict verdict, String code, int line) {
        this(language, verdict, code, line, Optional.empty(), Optional.empty());
    }

    /** Whether the example shows the flagged pattern or its fix. */
    public enum Verdict {
        BAD,
        GOOD
    }
}
