package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A top-level {@code secrets} or {@code configs} entry: from a {@code file}, an
 * {@code environment} variable, inline {@code content} (configs), or {@code external}.
 */
public final class FileObject {
    private final String name;
    private final Span keySpan;
    private final ComposeNode node;
    private final Optional<Path> filePath;

    FileObject(String name, Span keySpan, ComposeNode node, Optional<Path> filePath) {
        this.name = Objects.requireNonNull(name, "name");
        this.keySpan = Objects.requireNonNull(keySpan, "keySpan");
        this.node = Objects.requireNonNull(node, "node");
        this.filePath = Objects.requireNonNull(filePath, "filePath");
    }

    public String name() {
        return name;
    }

    public Span keySpan() {
        return keySpan;
    }

    public ComposeNode node() {
        return node;
    }

    public Optional<ComposeScalar> file() {
        return attribute("file");
    }

    public Optional<ComposeScalar> environment() {
        return attribute("environment");
    }

    public Optional<ComposeScalar> content() {
        return attribute("content");
    }

    /** {@code file} resolved against the directory it is relative to. */
    public Optional<Path> filePath() {
        return filePath;
    }

    public boolean isExternal() {
        if (!(node instanceof ComposeMapping m)) {
            return false;
        }
        Optional<ComposeNode> external = m.get("external");
        return external.isPresent() && (external.get() instanceof ComposeMapping
                || (external.get() instanceof ComposeScalar s && s.isTrue()));
    }

    private Optional<ComposeScalar> attribute(String key) {
        return node instanceof ComposeMapping m ? m.nonNullScalar(key) : Optional.<ComposeScalar>empty();
    }

    @Override
    public String toString() {
        return "FileObject[" + name + "]";
    }
}
