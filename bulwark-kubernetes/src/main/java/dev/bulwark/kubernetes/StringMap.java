package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code map[string]string} of the API (labels, annotations, selectors, {@code nodeSelector},
 * ConfigMap {@code data}), each entry with its spans. Keys in document order; the first of duplicate
 * keys wins, as in the adapter.
 */
public final class StringMap {
    private static final StringMap EMPTY = new StringMap(null, List.of());

    private final Field field;
    private final List<Field> entries;

    private StringMap(Field field, List<Field> entries) {
        this.field = field;
        this.entries = entries;
    }

    static StringMap empty() {
        return EMPTY;
    }

    /**
     * Reads {@code m[key]}: a problem when it is not a mapping, and for each value that is not a
     * string (the API rejects {@code version: 1} or a plain {@code NO}), unless {@code anyScalar}.
     */
    static StringMap read(ReadContext ctx, YamlMapping m, String key, boolean anyScalar) {
        Optional<Field> f = ctx.field(m, key);
        if (f.isEmpty()) {
            return EMPTY;
        }
        if (!(f.get().node() instanceof YamlMapping map)) {
            ctx.wrongType(f.get(), "a mapping");
            return EMPTY;
        }
        List<Field> entries = new ArrayList<>(map.entries().size());
        for (YamlEntry e : map.entries()) {
            if (!(e.key() instanceof YamlScalar k)) {
                ctx.problem(ProblemKind.WRONG_TYPE, ctx.span(e.key()), "key in `" + key + "` is not a string");
                continue;
            }
            Field entry = Field.entry(ctx.source(), e.key(), k.value(), e.value());
            if (!(e.value() instanceof YamlScalar v)) {
                ctx.problem(ProblemKind.WRONG_TYPE, entry.valueSpan(), "value of `" + k.value() + "` in `" + key
                        + "` is not a string");
                continue;
            }
            if (!anyScalar && !Scalars.isNull(v) && !Scalars.isString(v)) {
                ctx.problem(ProblemKind.WRONG_TYPE, entry.valueSpan(), "value of `" + k.value() + "` in `" + key
                        + "` is not a string (quote it)");
            }
            entries.add(entry);
        }
        return new StringMap(f.get(), entries);
    }

    /** The {@code key: {...}} field itself, when written. */
    public Optional<Field> field() {
        return Optional.ofNullable(field);
    }

    /** The span of the whole map entry, when written. */
    public Optional<Span> span() {
        return field == null ? Optional.empty() : Optional.of(field.span());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** The entries in document order (duplicates included). */
    public List<Field> entries() {
        return entries;
    }

    public Optional<Field> get(String key) {
        for (Field e : entries) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The value's text, or empty when the key is absent. */
    public Optional<String> value(String key) {
        Optional<Field> e = get(key);
        return e.isPresent() ? Optional.of(e.get().textOrEmpty()) : Optional.empty();
    }

    public boolean containsKey(String key) {
        return get(key).isPresent();
    }

    /** Keys to values' texts, first duplicate wins, document order. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Field e : entries) {
            map.putIfAbsent(e.key(), e.textOrEmpty());
        }
        return map;
    }

    /** True when every entry of {@code selector} is in this map with the same value. */
    public boolean containsAll(StringMap selector) {
        for (Field e : selector.entries) {
            Optional<String> mine = value(e.key());
            if (mine.isEmpty() || !mine.get().equals(e.textOrEmpty())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "StringMap" + asMap();
    }
}
