package dev.bulwark.kubernetes;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to one file's YAML while the model is built, collecting problems as it goes. A null
 * value ({@code key:} with nothing after it) reads as absent, as Kubernetes decodes it. A node
 * reached twice (a YAML alias, a workflow-level field read for every template) reports its problem
 * once.
 */
final class ReadContext {
    private final SourceText source;
    private final List<ManifestProblem> problems = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    ReadContext(SourceText source) {
        this.source = source;
    }

    SourceText source() {
        return source;
    }

    Span span(YamlNode node) {
        return new Span(source, node.range());
    }

    void problem(ProblemKind kind, Span span, String message) {
        String key = span.range().start() + ":" + span.range().end() + ":" + message;
        if (reported.add(key)) {
            problems.add(new ManifestProblem(kind, span, message));
        }
    }

    /** The problems in file order. */
    List<ManifestProblem> problems() {
        List<ManifestProblem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted, new ProblemOrder());
        return sorted;
    }

    /** A non-null entry of {@code m}, whatever its type. */
    Optional<Field> field(YamlMapping m, String key) {
        if (m == null) {
            return Optional.empty();
        }
        for (YamlEntry e : m.entries()) {
            if (e.key() instanceof YamlScalar k && k.value().equals(key)) {
                if (e.value() instanceof YamlScalar v && Scalars.isNull(v)) {
                    return Optional.empty();
                }
                return Optional.of(Field.entry(source, e.key(), key, e.value()));
            }
        }
        return Optional.empty();
    }

    /** The entry's mapping; a problem when it is present and not a mapping. */
    Optional<YamlMapping> mapping(YamlMapping m, String key) {
        Optional<Field> f = field(m, key);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        if (f.get().node() instanceof YamlMapping map) {
            return Optional.of(map);
        }
        wrongType(f.get(), "a mapping");
        return Optional.empty();
    }

    /** The entry's sequence; a problem when it is present and not a list. */
    Optional<YamlSequence> sequence(YamlMapping m, String key) {
        Optional<Field> f = field(m, key);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        if (f.get().node() instanceof YamlSequence seq) {
            return Optional.of(seq);
        }
        wrongType(f.get(), "a list");
        return Optional.empty();
    }

    /** The mapping items of a list entry; other items are problems. */
    List<YamlMapping> mappingItems(YamlMapping m, String key) {
        Optional<YamlSequence> seq = sequence(m, key);
        if (seq.isEmpty()) {
            return List.of();
        }
        List<YamlMapping> items = new ArrayList<>(seq.get().items().size());
        for (YamlNode item : seq.get().items()) {
            if (item instanceof YamlMapping im) {
                items.add(im);
            } else if (!(item instanceof YamlScalar s && Scalars.isNull(s))) {
                problem(ProblemKind.WRONG_TYPE, span(item), "item of `" + key + "` is not a mapping");
            }
        }
        return items;
    }

    /** A field that must be a string scalar (a problem otherwise; still returned). */
    Optional<Field> string(YamlMapping m, String key) {
        Optional<Field> f = field(m, key);
        if (f.isPresent() && !f.get().isString()) {
            wrongType(f.get(), "a string");
        }
        return f;
    }

    /** A field that must be a boolean (a problem otherwise; still returned, never true). */
    Optional<Field> bool(YamlMapping m, String key) {
        Optional<Field> f = field(m, key);
        if (f.isPresent() && f.get().bool().isEmpty()) {
            wrongType(f.get(), "a boolean");
        }
        return f;
    }

    /** A field that must be an integer (a problem otherwise; still returned). */
    Optional<Field> integer(YamlMapping m, String key) {
        Optional<Field> f = field(m, key);
        if (f.isPresent() && f.get().integer().isEmpty()) {
            wrongType(f.get(), "an integer");
        }
        return f;
    }

    /** A field that must be an integer or a string (a port number or name). */
    Optional<Field> intOrString(YamlMapping m, String key) {
        Optional<Field> f = field(m, key);
        if (f.isPresent() && f.get().integer().isEmpty() && !f.get().isString()) {
            wrongType(f.get(), "a number or a name");
        }
        return f;
    }

    /** A list of strings ({@code command}, {@code args}); a problem for a single string or other items. */
    List<Field> stringList(YamlMapping m, String key) {
        Optional<Field> f = field(m, key);
        if (f.isEmpty()) {
            return List.of();
        }
        if (!(f.get().node() instanceof YamlSequence seq)) {
            wrongType(f.get(), "a list of strings");
            return List.of();
        }
        List<Field> items = new ArrayList<>(seq.items().size());
        for (YamlNode item : seq.items()) {
            Field it = Field.item(source, item);
            if (!(item instanceof YamlScalar)) {
                problem(ProblemKind.WRONG_TYPE, span(item), "item of `" + key + "` is not a string");
                continue;
            }
            items.add(it);
        }
        return items;
    }

    void wrongType(Field f, String expected) {
        if (f.node() instanceof YamlScalar s && Scalars.isPlaceholder(s.value())) {
            return;
        }
        problem(ProblemKind.WRONG_TYPE, f.valueSpan(), "`" + f.key() + "` is not " + expected);
    }
}
