package dev.bulwark.project;

import dev.bulwark.core.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way a Dockerfile is built: from which context folder, known how, with which ignore file
 * (spec 2.1: {@code <Dockerfile>.dockerignore} beside the Dockerfile, else the context root's
 * {@code .dockerignore}), where it is declared (a Compose {@code build:}; empty when inferred)
 * and by whom.
 */
public record BuildUse(ContextSource source, Path dockerfile, Path context, Optional<IgnoreFile> ignore,
                       Optional<Span> declaredAt, String origin, List<String> namedContexts) {

    public BuildUse {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(ignore, "ignore");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(origin, "origin");
        namedContexts = List.copyOf(namedContexts);
    }

    public boolean inferred() {
        return source == ContextSource.INFERRED;
    }
}
