package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service's {@code build}: a string (the context) or a mapping (NOTES 3.9). The context
 * defaults to {@code .}; {@link #contextPath()} is it resolved against the directory it is
 * relative to (empty for a remote context such as a Git URL), {@link #dockerfilePath()} the
 * Dockerfile in it (default {@code Dockerfile}; empty with {@code dockerfile_inline}).
 * {@link #dockerfileText()} is the Dockerfile itself when it could be read (or the inline one), so
 * rules can tell what the built image declares (its HEALTHCHECK, its base image).
 */
public final class Build {
    private final ComposeNode node;
    private final Optional<ComposeScalar> context;
    private final Optional<ComposeScalar> dockerfile;
    private final Optional<ComposeScalar> dockerfileInline;
    private final Optional<ComposeScalar> target;
    private final List<KeyValue> args;
    private final List<FileMount> secrets;
    private final List<KeyValue> additionalContexts;
    private final Optional<Path> contextPath;
    private final Optional<Path> dockerfilePath;
    private final Optional<SourceText> dockerfileText;

    Build(ComposeNode node, Optional<ComposeScalar> context, Optional<ComposeScalar> dockerfile,
          Optional<ComposeScalar> dockerfileInline, Optional<ComposeScalar> target, List<KeyValue> args,
          List<FileMount> secrets, List<KeyValue> additionalContexts, Optional<Path> contextPath,
          Optional<Path> dockerfilePath, Optional<SourceText> dockerfileText) {
        this.node = Objects.requireNonNull(node, "node");
        this.context = context;
        this.dockerfile = dockerfile;
        this.dockerfileInline = dockerfileInline;
        this.target = target;
        this.args = List.copyOf(args);
        this.secrets = List.copyOf(secrets);
        this.additionalContexts = List.copyOf(additionalContexts);
        this.contextPath = contextPath;
        this.dockerfilePath = dockerfilePath;
        this.dockerfileText = dockerfileText;
    }

    public ComposeNode node() {
        return node;
    }

    public Span span() {
        return node.span();
    }

    /** True for {@code build: ./dir}. */
    public boolean isShortForm() {
        return node instanceof ComposeScalar;
    }

    /** The context as written; empty when defaulted to {@code .}. */
    public Optional<ComposeScalar> context() {
        return context;
    }

    /** The context text, {@code .} when not written. */
    public String contextText() {
        return context.isPresent() ? context.get().value() : ".";
    }

    public Optional<ComposeScalar> dockerfile() {
        return dockerfile;
    }

    public Optional<ComposeScalar> dockerfileInline() {
        return dockerfileInline;
    }

    public Optional<ComposeScalar> target() {
        return target;
    }

    public List<KeyValue> args() {
        return args;
    }

    public List<FileMount> secrets() {
        return secrets;
    }

    public List<KeyValue> additionalContexts() {
        return additionalContexts;
    }

    /** A Git or HTTP context (not a directory here). */
    public boolean isRemoteContext() {
        return isRemote(contextText());
    }

    public Optional<Path> contextPath() {
        return contextPath;
    }

    public Optional<Path> dockerfilePath() {
        return dockerfilePath;
    }

    /**
     * The Dockerfile's text: the file at {@link #dockerfilePath()} when it exists and could be read,
     * or the value of {@code dockerfile_inline}; empty otherwise (remote context, missing file,
     * unresolved name). Reading it is not a problem when it fails: the build is Docker's business.
     */
    public Optional<SourceText> dockerfileText() {
        return dockerfileText;
    }

    static boolean isRemote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/");
    }

    @Override
    public String toString() {
        return "Build[" + contextText() + "]";
    }
}
