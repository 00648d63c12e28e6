package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A service-level {@code secrets} or {@code configs} entry (NOTES 3.9): short form (a name,
 * mounted read-only at {@code /run/secrets/<name>}, configs at {@code /<name>}) or long form
 * {@code {source, target, uid, gid, mode}}. A relative secret target goes under
 * {@code /run/secrets/}. {@link #modeBits()} reads {@code mode} as Compose documents it: octal
 * when written with a leading {@code 0} ({@code 0440}), else decimal.
 */
public final class FileMount {
    private final String source;
    private final Span sourceSpan;
    private final String target;
    private final Optional<ComposeScalar> uid;
    private final Optional<ComposeScalar> gid;
    private final Optional<ComposeScalar> mode;
    private final boolean shortForm;
    private final ComposeNode node;

    FileMount(String source, Span sourceSpan, String target, Optional<ComposeScalar> uid, Optional<ComposeScalar> gid,
              Optional<ComposeScalar> mode, boolean shortForm, ComposeNode node) {
        this.source = Objects.requireNonNull(source, "source");
        this.sourceSpan = Objects.requireNonNull(sourceSpan, "sourceSpan");
        this.target = Objects.requireNonNull(target, "target");
        this.uid = Objects.requireNonNull(uid, "uid");
        this.gid = Objects.requireNonNull(gid, "gid");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.shortForm = shortForm;
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The name of the top-level secret or config. */
    public String source() {
        return source;
    }

    public Span sourceSpan() {
        return sourceSpan;
    }

    /** The path in the container, defaults applied. */
    public String target() {
        return target;
    }

    public Optional<ComposeScalar> uid() {
        return uid;
    }

    public Optional<ComposeScalar> gid() {
        return gid;
    }

    public Optional<ComposeScalar> mode() {
        return mode;
    }

    /** The permission bits of {@code mode}; empty when absent (Compose's default is {@code 0444}) or unreadable. */
    public OptionalInt modeBits() {
        if (mode.isEmpty()) {
            return OptionalInt.empty();
        }
        String raw = mode.get().value().trim();
        try {
            if (raw.startsWith("0o")) {
                return OptionalInt.of(Integer.parseInt(raw.substring(2), 8));
            }
            if (raw.startsWith("0x")) {
                return OptionalInt.of(Integer.parseInt(raw.substring(2), 16));
            }
            if (raw.length() > 1 && raw.startsWith("0")) {
                return OptionalInt.of(Integer.parseInt(raw.substring(1), 8));
            }
            return OptionalInt.of(Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    public boolean isShortForm() {
        return shortForm;
    }

    public ComposeNode node() {
        return node;
    }

    public Span span() {
        return node.span();
    }

    @Override
    public String toString() {
        return "FileMount[" + source + " -> " + target + "]";
    }
}
