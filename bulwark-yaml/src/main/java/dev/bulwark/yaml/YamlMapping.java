package dev.bulwark.yaml;

import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mapping, entries in document order. Merge keys ({@code <<: *base}) are already applied by the
 * loader: merged entries follow the explicit ones and keep the ranges of their definition.
 * Duplicate keys are kept (and reported as problems by the parser); lookups return the first.
 */
public record YamlMapping(TextRange range, String tag, String anchor, List<YamlEntry> entries, boolean flow)
        implements YamlNode {

    public YamlMapping {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(anchor, "anchor");
        entries = List.copyOf(entries);
    }

    public Optional<YamlEntry> entry(String key) {
        for (YamlEntry e : entries) {
            if (e.key() instanceof YamlScalar s && s.value().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<YamlNode> get(String key) {
        Optional<YamlEntry> found = entry(key);
        return found.isPresent() ? Optional.of(found.get().value()) : Optional.empty();
    }

    /** The scalar keys in document order (duplicates included). */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(entries.size());
        for (YamlEntry e : entries) {
            Optional<String> key = e.keyText();
            if (key.isPresent()) {
                keys.add(key.get());
            }
        }
        return keys;
    }
}
