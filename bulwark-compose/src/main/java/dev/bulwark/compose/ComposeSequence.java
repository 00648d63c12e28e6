package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.List;
import java.util.Objects;

/** A sequence. After a merge its items come from several files, each keeping its own span. */
public final class ComposeSequence implements ComposeNode {
    private final Span span;
    private final List<ComposeNode> items;
    private final boolean implied;

    ComposeSequence(Span span, List<ComposeNode> items, boolean implied) {
        this.span = Objects.requireNonNull(span, "span");
        this.items = List.copyOf(items);
        this.implied = implied;
    }

    @Override
    public Span span() {
        return span;
    }

    public List<ComposeNode> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public boolean isImplied() {
        return implied;
    }

    @Override
    public String typeName() {
        return "list";
    }

    @Override
    public String toString() {
        return "ComposeSequence[" + items.size() + " items at " + span + "]";
    }
}
