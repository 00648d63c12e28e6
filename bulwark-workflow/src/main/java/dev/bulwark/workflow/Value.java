package dev.bulwark.workflow;

import dev.bulwark.core.TextRange;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One key of a workflow mapping and its value: what rules report on (the key for a missing or
 * wrong setting, the value for a wrong value).
 *
 * @param key      the key as written
 * @param keyRange where the key is
 * @param node     the value
 */
public record Value(String key, TextRange keyRange, YamlNode node) {

    public Value {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keyRange, "keyRange");
        Objects.requireNonNull(node, "node");
    }

    /** The scalar value, or empty text for a mapping, a sequence or a null. */
    public String text() {
        return node instanceof YamlScalar s && !s.isNull() ? s.value() : "";
    }

    /** Where the value is; the key's place for an empty value. */
    public TextRange range() {
        if (node instanceof YamlScalar s && s.isNull()) {
            return keyRange;
        }
        return node.range();
    }

    public boolean isScalar() {
        return node instanceof YamlScalar s && !s.isNull();
    }

    /** {@code true}, written as a YAML boolean or a string. */
    public boolean isTrue() {
        return text().equalsIgnoreCase("true");
    }

    /** The scalar items of a sequence value, or the scalar itself. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        if (node instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlScalar s && !s.isNull()) {
                    out.add(s.value());
                }
            }
        } else if (isScalar()) {
            out.add(text());
        }
        return out;
    }

    /** The entry under {@code key} in {@code map}. */
    static Optional<Value> of(YamlMapping map, String key) {
        Optional<YamlEntry> e = map.entry(key);
        if (e.isEmpty() || !(e.get().key() instanceof YamlScalar k)) {
            return Optional.empty();
        }
        return Optional.of(new Value(k.value(), k.range(), e.get().value()));
    }

    /** The scalar-keyed entries of a mapping value, in order, first of duplicates kept; empty otherwise. */
    static Map<String, Value> entries(Optional<Value> value) {
        Map<String, Value> out = new LinkedHashMap<>();
        if (value.isPresent() && value.get().node() instanceof YamlMapping map) {
            for (YamlEntry e : map.entries()) {
                if (e.key() instanceof YamlScalar k && !out.containsKey(k.value())) {
                    out.put(k.value(), new Value(k.value(), k.range(), e.value()));
                }
            }
        }
        return out;
    }
}
