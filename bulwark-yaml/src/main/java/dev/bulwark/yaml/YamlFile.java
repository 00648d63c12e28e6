package dev.bulwark.yaml;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import java.util.List;
import java.util.Objects;

/**
 * A parsed YAML file: the documents that composed, and every problem found. After a syntax error
 * the loader cannot resynchronise, so the documents before the error are kept and the rest is lost.
 */
public record YamlFile(SourceText source, List<YamlDocument> documents, List<SyntaxProblem> problems) {

    public YamlFile {
        Objects.requireNonNull(source, "source");
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
