package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service {@code env_file} entry (string, or {@code {path, required, format}}) and what it
 * holds when it could be read: the variables in order with their spans in that file.
 */
public final class EnvFileRef {
    private final ComposeNode node;
    private final ComposeScalar path;
    private final boolean required;
    private final String format;
    private final Optional<Path> resolved;
    private final Optional<SourceText> source;
    private final List<DotEnvEntry> entries;

    EnvFileRef(ComposeNode node, ComposeScalar path, boolean required, String format, Optional<Path> resolved,
               Optional<SourceText> source, List<DotEnvEntry> entries) {
        this.node = Objects.requireNonNull(node, "node");
        this.path = Objects.requireNonNull(path, "path");
        this.required = required;
        this.format = Objects.requireNonNull(format, "format");
        this.resolved = Objects.requireNonNull(resolved, "resolved");
        this.source = Objects.requireNonNull(source, "source");
        this.entries = List.copyOf(entries);
    }

    public ComposeNode node() {
        return node;
    }

    public ComposeScalar path() {
        return path;
    }

    public Span span() {
        return node.span();
    }

    /** {@code required} (default true): a missing required file makes Compose refuse the project. */
    public boolean required() {
        return required;
    }

    /** {@code format}, empty for the default {@code .env} format; {@code raw} keeps values verbatim. */
    public String format() {
        return format;
    }

    /** The path resolved against the directory it is relative to. */
    public Optional<Path> resolvedPath() {
        return resolved;
    }

    /** The file's text, when it was read. */
    public Optional<SourceText> source() {
        return source;
    }

    public List<DotEnvEntry> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return "EnvFileRef[" + path.value() + "]";
    }
}
