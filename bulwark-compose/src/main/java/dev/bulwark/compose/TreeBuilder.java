package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.yaml.ScalarStyle;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import dev.bulwark.yaml.YamlTags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one YAML document into the located tree: interpolation of string values (never keys),
 * Compose's casts, {@code !reset} (the node is dropped and its path recorded) and
 * {@code !override} (kept, path recorded), all with exact spans (NOTES 3.4, 3.5). Aliases are the
 * anchored node itself, so a value inherited through an anchor keeps the anchor's span; merge keys
 * were applied by the YAML loader. The walk expands aliases; bulwark-yaml bounds the expansion.
 */
final class TreeBuilder {
    /** Deeper documents are cut here: no Compose file nests that far, and the walk stays bounded. */
    static final int MAX_DEPTH = 128;

    /** One document built: its root and the paths its {@code !reset}/{@code !override} tags name. */
    static final class Built {
        final ComposeMapping root;
        final List<String[]> replacedPaths;

        Built(ComposeMapping root, List<String[]> replacedPaths) {
            this.root = root;
            this.replacedPaths = replacedPaths;
        }
    }

    private static final String RESET = "!reset";
    private static final String OVERRIDE = "!override";

    private final SourceText source;
    private final String text;
    private final Interpolator interpolator;
    private final List<ComposeProblem> problems;
    private final List<String[]> replacedPaths = new ArrayList<>();
    private final String[] path = new String[MAX_DEPTH + 2];
    private boolean depthReported;

    TreeBuilder(SourceText source, Interpolator interpolator, List<ComposeProblem> problems) {
        this.source = source;
        this.text = source.text();
        this.interpolator = interpolator;
        this.problems = problems;
    }

    Built build(YamlNode root) {
        if (!(root instanceof YamlMapping mapping)) {
            Span at = span(root.range().start(), root.range().end());
            problems.add(new ComposeProblem(ProblemKind.STRUCTURE, at, "a Compose file must be a mapping, not a "
                    + yamlTypeName(root)));
            return new Built(new ComposeMapping(at, List.of()), replacedPaths);
        }
        return new Built(mapping(mapping, 0), replacedPaths);
    }

    private ComposeNode node(YamlNode node, int depth) {
        if (depth > MAX_DEPTH) {
            if (!depthReported) {
                depthReported = true;
                problems.add(new ComposeProblem(ProblemKind.LIMIT, span(node.range().start(), node.range().start()),
                        "nesting deeper than " + MAX_DEPTH + " levels ignored"));
            }
            return ComposeScalar.implied(contentSpan(node.range()), "", ScalarType.NULL);
        }
        if (node instanceof YamlScalar s) {
            return scalar(s, depth);
        }
        if (node instanceof YamlSequence s) {
            List<ComposeNode> items = new ArrayList<>(s.items().size());
            for (YamlNode item : s.items()) {
                if (RESET.equals(item.tag())) {
                    continue;
                }
                path[depth] = ModelPath.LIST_ITEM;
                items.add(node(item, depth + 1));
            }
            return new ComposeSequence(contentSpan(s.range()), items, false);
        }
        return mapping((YamlMapping) node, depth);
    }

    private ComposeMapping mapping(YamlMapping m, int depth) {
        List<ComposeEntry> entries = new ArrayList<>(m.entries().size());
        Set<String> seen = new HashSet<>();
        for (YamlEntry e : m.entries()) {
            if (!(e.key() instanceof YamlScalar key) || !isStringKey(key)) {
                problems.add(new ComposeProblem(ProblemKind.STRUCTURE, contentSpan(e.key().range()),
                        "key `" + source.slice(e.key().range()) + "` must be a string"));
                continue;
            }
            // Duplicates are YAML problems already (bulwark-yaml); Compose refuses them, we keep the first.
            if (!seen.add(key.value())) {
                continue;
            }
            path[depth] = key.value();
            String tag = e.value().tag();
            if (RESET.equals(tag) || OVERRIDE.equals(tag)) {
                replacedPaths.add(Arrays.copyOf(path, depth + 1));
                if (RESET.equals(tag)) {
                    continue;
                }
            }
            entries.add(new ComposeEntry(key.value(), contentSpan(key.range()), node(e.value(), depth + 1)));
        }
        return new ComposeMapping(contentSpan(m.range()), entries);
    }

    /** Keys are strings for Compose; an integer, float, boolean or null key is refused (CG "non-string key"). */
    private static boolean isStringKey(YamlScalar key) {
        String tag = key.tag();
        return !(YamlTags.INT.equals(tag) || YamlTags.FLOAT.equals(tag) || YamlTags.BOOL.equals(tag)
                || YamlTags.NULL.equals(tag));
    }

    private ComposeScalar scalar(YamlScalar s, int depth) {
        TextRange range = s.range();
        int contentStart = skipProperties(range.start(), range.end());
        Span span = span(contentStart, range.end());
        String raw = s.value();
        ScalarType type = type(s);
        int rawSourceStart = rawSourceStart(s, contentStart);
        if (type == ScalarType.NULL) {
            return new ComposeScalar(span, "", raw, type, List.of(), false, -1, null);
        }
        if (type != ScalarType.STRING) {
            return new ComposeScalar(span, raw, raw, type, List.of(), false, rawSourceStart, null);
        }
        String value = raw;
        ValueMap map = null;
        List<VariableUse> uses = List.of();
        if (raw.indexOf('$') >= 0) {
            Interpolator.Result r = interpolator.interpolate(raw);
            value = r.value;
            map = r.map;
            uses = new ArrayList<>(r.uses.size());
            int cursor = contentStart;
            for (Interpolator.Use u : r.uses) {
                Span at = locate(raw, u.start, u.end, rawSourceStart, span, cursor);
                cursor = Math.max(cursor, at.range().start());
                Optional<Span> definition = u.variable == null ? Optional.<Span>empty() : u.variable.definition();
                uses.add(new VariableUse(u.name, at, u.state, definition, u.start, u.end));
            }
            cursor = contentStart;
            for (Interpolator.Failure f : r.failures) {
                Span at = locate(raw, f.start, f.end, rawSourceStart, span, cursor);
                problems.add(new ComposeProblem(f.kind, at, f.message));
            }
        }
        ComposeScalar result = new ComposeScalar(span, value, raw, ScalarType.STRING, uses, false, rawSourceStart, map);
        Casts.Target cast = Casts.at(path, depth);
        if (cast == null) {
            return result;
        }
        ScalarType converted = Casts.apply(cast, value.strip());
        if (converted != null) {
            return result.withType(converted);
        }
        if (!result.isUnresolved()) {
            problems.add(new ComposeProblem(ProblemKind.INVALID_VALUE, span,
                    "`" + ModelPath.text(path, depth) + "`: `" + value + "` is not " + Casts.describe(cast)));
        }
        return result;
    }

    /** The scalar's type: its YAML core schema tag; a custom tag ({@code !override 3}) resolves as a plain scalar would. */
    private static ScalarType type(YamlScalar s) {
        switch (s.tag()) {
            case YamlTags.STR:
                return ScalarType.STRING;
            case YamlTags.INT:
                return ScalarType.INTEGER;
            case YamlTags.FLOAT:
                return ScalarType.FLOAT;
            case YamlTags.BOOL:
                return ScalarType.BOOLEAN;
            case YamlTags.NULL:
                return ScalarType.NULL;
            default:
                return s.style() == ScalarStyle.PLAIN ? CoreSchema.resolve(s.value()) : ScalarType.STRING;
        }
    }

    /** Where the raw value is written one to one in the file, or -1 (block scalars, escapes, folded lines). */
    private int rawSourceStart(YamlScalar s, int contentStart) {
        String raw = s.value();
        int end = s.range().end();
        switch (s.style()) {
            case PLAIN: {
                int start = end - raw.length();
                return start >= contentStart && text.startsWith(raw, start) ? start : -1;
            }
            case SINGLE_QUOTED:
            case DOUBLE_QUOTED: {
                int start = end - 1 - raw.length();
                char quote = s.style() == ScalarStyle.SINGLE_QUOTED ? '\'' : '"';
                return start > contentStart && text.charAt(end - 1) == quote && text.charAt(start - 1) == quote
                        && text.startsWith(raw, start) ? start : -1;
            }
            default:
                return -1;
        }
    }

    /**
     * The span of raw value {@code [start, end)}: exact when the raw value is written one to one,
     * else found by searching its text in the scalar's range, else the whole scalar.
     */
    private Span locate(String raw, int start, int end, int rawSourceStart, Span whole, int from) {
        if (rawSourceStart >= 0) {
            return span(rawSourceStart + start, rawSourceStart + end);
        }
        String needle = raw.substring(start, end);
        int at = needle.isEmpty() ? -1 : text.indexOf(needle, Math.max(from, whole.range().start()));
        if (at >= 0 && at + needle.length() <= whole.range().end()) {
            return span(at, at + needle.length());
        }
        return whole;
    }

    /** A node's range without its anchor and tag properties, so carets land on the value itself. */
    private Span contentSpan(TextRange range) {
        return span(skipProperties(range.start(), range.end()), range.end());
    }

    private int skipProperties(int start, int end) {
        int pos = start;
        while (pos < end && (text.charAt(pos) == '&' || text.charAt(pos) == '!')) {
            while (pos < end && !isBlank(text.charAt(pos))) {
                pos++;
            }
            while (pos < end && isBlank(text.charAt(pos))) {
                pos++;
            }
        }
        return pos;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private Span span(int start, int end) {
        int s = Math.min(start, text.length());
        return new Span(source, new TextRange(s, Math.max(s, Math.min(end, text.length()))));
    }

    private static String yamlTypeName(YamlNode node) {
        if (node instanceof YamlSequence) {
            return "list";
        }
        if (node instanceof YamlScalar s) {
            return type(s).displayName();
        }
        return "mapping";
    }
}
