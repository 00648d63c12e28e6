package dev.bulwark.compose;

import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading list-or-mapping attributes ({@code KEY: value} or {@code - KEY=value}). */
final class KeyValues {
    private KeyValues() {
    }

    /** The entries in order; a later duplicate key replaces the earlier one in place (CG's uniqueness pass). */
    static List<KeyValue> read(ComposeNode node) {
        List<KeyValue> result = new ArrayList<>();
        if (node instanceof ComposeMapping m) {
            for (ComposeEntry e : m.entries()) {
                if (!(e.value() instanceof ComposeScalar s)) {
                    continue;
                }
                Optional<ComposeScalar> value = s.type() == ScalarType.NULL ? Optional.<ComposeScalar>empty() : Optional.of(s);
                Span whole = s.type() == ScalarType.NULL || s.isImplied() || s.span().source() != e.keySpan().source()
                        || s.span().range().end() < e.keySpan().range().start()
                        ? e.keySpan() : cover(e.keySpan(), s.span());
                put(result, new KeyValue(e.key(), e.keySpan(), value, whole, false));
            }
        } else if (node instanceof ComposeSequence seq) {
            for (ComposeNode item : seq.items()) {
                if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
                    put(result, fromItem(s));
                }
            }
        }
        return result;
    }

    /** {@code KEY=VALUE} or {@code KEY}, cut with exact spans. */
    static KeyValue fromItem(ComposeScalar item) {
        String text = item.value();
        int eq = text.indexOf('=');
        if (eq < 0) {
            return new KeyValue(text, item.span(), Optional.<ComposeScalar>empty(), item.span(), true);
        }
        Span keySpan = item.subSpan(0, eq);
        return new KeyValue(text.substring(0, eq), keySpan, Optional.of(item.slice(eq + 1, text.length())),
                item.span(), true);
    }

    /**
     * The node as a mapping: itself, or a list of {@code KEY=VALUE} strings split into entries (a
     * bare {@code KEY} gets a null value located at the item). Empty when an item is not a string.
     */
    static Optional<ComposeMapping> asMapping(ComposeNode node) {
        if (node instanceof ComposeMapping m) {
            return Optional.of(m);
        }
        if (!(node instanceof ComposeSequence seq)) {
            return Optional.empty();
        }
        List<ComposeEntry> entries = new ArrayList<>();
        for (ComposeNode item : seq.items()) {
            if (!(item instanceof ComposeScalar s) || s.type() != ScalarType.STRING) {
                return Optional.empty();
            }
            KeyValue kv = fromItem(s);
            ComposeNode value = kv.value().isPresent() ? kv.value().get()
                    : ComposeScalar.implied(s.span(), "", ScalarType.NULL);
            ComposeEntry entry = new ComposeEntry(kv.key(), kv.keySpan(), value);
            int i = Merger.indexOf(entries, kv.key());
            if (i < 0) {
                entries.add(entry);
            } else {
                entries.set(i, entry);
            }
        }
        return Optional.of(new ComposeMapping(seq.span(), entries, List.of(), true));
    }

    private static void put(List<KeyValue> result, KeyValue kv) {
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).key().equals(kv.key())) {
                result.set(i, kv);
                return;
            }
        }
        result.add(kv);
    }

    static Span cover(Span a, Span b) {
        return new Span(a.source(), new TextRange(Math.min(a.range().start(), b.range().start()),
                Math.max(a.range().end(), b.range().end())));
    }
}
