package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;
import java.util.Optional;

/** A top-level {@code volumes} or {@code networks} entry (its value may be null: all defaults). */
public final class NamedResource {
    private final String name;
    private final Span keySpan;
    private final ComposeNode node;

    NamedResource(String name, Span keySpan, ComposeNode node) {
        this.name = Objects.requireNonNull(name, "name");
        this.keySpan = Objects.requireNonNull(keySpan, "keySpan");
        this.node = Objects.requireNonNull(node, "node");
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

    public Optional<ComposeMapping> mapping() {
        return node instanceof ComposeMapping m ? Optional.of(m) : Optional.<ComposeMapping>empty();
    }

    /** {@code external: true} (or the legacy {@code external: {name: ...}}). */
    public boolean isExternal() {
        Optional<ComposeMapping> m = mapping();
        if (m.isEmpty()) {
            return false;
        }
        Optional<ComposeNode> external = m.get().get("external");
        if (external.isEmpty()) {
            return false;
        }
        return external.get() instanceof ComposeMapping || (external.get() instanceof ComposeScalar s && s.isTrue());
    }

    public Optional<ComposeScalar> driver() {
        Optional<ComposeMapping> m = mapping();
        return m.isPresent() ? m.get().nonNullScalar("driver") : Optional.<ComposeScalar>empty();
    }

    @Override
    public String toString() {
        return "NamedResource[" + name + "]";
    }
}
