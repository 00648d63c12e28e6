package dev.bulwark.project;

import dev.bulwark.core.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One declared build: the Dockerfile (absolute, normalised), the context folder it is built from,
 * the named contexts it also sees ({@code additional_contexts}; their names only, since they are
 * not the default context), where the declaration is written (for findings about it) and a short
 * description of who declares it ("service `api` in compose.yaml"), and the image names the build
 * tags, as written (Compose {@code image:}, bake {@code tags}, CI {@code tags}/{@code -t}; the
 * project graph ties deployments to the Dockerfile through them), and whether the build is a CI
 * step whose image only its own job runs, unpublished ({@code throwaway}, see {@code ThrowawayBuilds}).
 */
public record ContextDeclaration(ContextSource source, Path dockerfile, Path context, List<String> namedContexts,
                                 Optional<Span> declaredAt, String origin, List<String> tags, boolean throwaway) {

    /** A declaration that names no image. */
    public ContextDeclaration(ContextSource source, Path dockerfile, Path context, List<String> namedContexts,
                              Optional<Span> declaredAt, String origin) {
        this(source, dockerfile, context, namedContexts, declaredAt, origin, List.of());
    }

    /** A build whose image may be published or deployed. */
    public ContextDeclaration(ContextSource source, Path dockerfile, Path context, List<String> namedContexts,
                              Optional<Span> declaredAt, String origin, List<String> tags) {
        this(source, dockerfile, context, namedContexts, declaredAt, origin, tags, false);
    }

    public ContextDeclaration {
        Objects.requireNonNull(source, "source");
        dockerfile = dockerfile.toAbsolutePath().normalize();
        context = context.toAbsolutePath().normalize();
        namedContexts = List.copyOf(namedContexts);
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(origin, "origin");
        tags = List.copyOf(tags);
    }
}
