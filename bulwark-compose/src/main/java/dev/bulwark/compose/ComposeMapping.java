package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mapping, entries in order (after a merge: the earlier file's keys first, then new keys).
 * {@link #span()} is the first definition; {@link #mergedFrom()} lists the later definitions
 * merged into it (an override file's, an extends base's).
 */
public final class ComposeMapping implements ComposeNode {
    private final Span span;
    private final List<ComposeEntry> entries;
    private final List<Span> mergedFrom;
    private final boolean implied;

    ComposeMapping(Span span, List<ComposeEntry> entries, List<Span> mergedFrom, boolean implied) {
        this.span = Objects.requireNonNull(span, "span");
        this.entries = List.copyOf(entries);
        this.mergedFrom = List.copyOf(mergedFrom);
        this.implied = implied;
    }

    ComposeMapping(Span span, List<ComposeEntry> entries) {
        this(span, entries, List.of(), false);
    }

    @Override
    public Span span() {
        return span;
    }

    public List<ComposeEntry> entries() {
        return entries;
    }

    @Override
    public List<Span> mergedFrom() {
        return mergedFrom;
    }

    @Override
    public boolean isImplied() {
        return implied;
    }

    @Override
    public String typeName() {
        return "mapping";
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean has(String key) {
        return indexOf(key) >= 0;
    }

    public Optional<ComposeEntry> entry(String key) {
        int i = indexOf(key);
        return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
    }

    public Optional<ComposeNode> get(String key) {
        int i = indexOf(key);
        return i < 0 ? Optional.empty() : Optional.of(entries.get(i).value());
    }

    /** The value when it is a scalar (null included). */
    public Optional<ComposeScalar> scalar(String key) {
        int i = indexOf(key);
        return i >= 0 && entries.get(i).value() instanceof ComposeScalar s ? Optional.of(s) : Optional.empty();
    }

    /** The value when it is a scalar other than null. */
    public Optional<ComposeScalar> nonNullScalar(String key) {
        int i = indexOf(key);
        return i >= 0 && entries.get(i).value() instanceof ComposeScalar s && s.type() != ScalarType.NULL
                ? Optional.of(s) : Optional.empty();
    }

    public Optional<ComposeMapping> mapping(String key) {
        int i = indexOf(key);
        return i >= 0 && entries.get(i).value() instanceof ComposeMapping m ? Optional.of(m) : Optional.empty();
    }

    public Optional<ComposeSequence> sequence(String key) {
        int i = indexOf(key);
        return i >= 0 && entries.get(i).value() instanceof ComposeSequence s ? Optional.of(s) : Optional.empty();
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>(entries.size());
        for (ComposeEntry e : entries) {
            keys.add(e.key());
        }
        return keys;
    }

    int indexOf(String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "ComposeMapping[" + entries.size() + " keys at " + span + "]";
    }
}
