package dev.bulwark.compose.schema;

import dev.bulwark.compose.ComposeEntry;
import dev.bulwark.compose.ComposeMapping;
import dev.bulwark.compose.ComposeNode;
import dev.bulwark.compose.ComposeProblem;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.ComposeSequence;
import dev.bulwark.compose.ProblemKind;
import dev.bulwark.compose.ScalarType;
import dev.bulwark.core.EditDistance;
import dev.bulwark.core.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Validates a model against {@link ComposeSchema} with JSON Schema's semantics and reports each
 * violation at the exact key or value: an unknown key (with a "did you mean"), a wrong type, a
 * value outside an enum, a missing required key, a duplicate list item.
 *
 * <p>One deliberate difference from a JSON Schema validator: a scalar whose value depends on a
 * variable with no value here (an unresolved {@code ${VAR}}) is not judged, since its real value
 * is unknown; {@code ComposeSchemaCrossCheckTest} allows exactly those disagreements.
 */
public final class SchemaValidator {
    private final List<ComposeProblem> problems = new ArrayList<>();

    private SchemaValidator() {
    }

    /** The structure problems of a Compose model (a file or the merged model). */
    public static List<ComposeProblem> validate(ComposeMapping root) {
        SchemaValidator v = new SchemaValidator();
        v.check(root, ComposeSchema.ROOT, "", root.span());
        return v.problems;
    }

    /** True when {@code node} fits {@code shape} (used to pick a {@code oneOf} branch). */
    private static boolean fits(ComposeNode node, Shape shape) {
        SchemaValidator v = new SchemaValidator();
        v.check(node, shape, "", node.span());
        return v.problems.isEmpty();
    }

    /**
     * Checks {@code node} at {@code path} ({@code ""} for the root); {@code keySpan} is the key it
     * is the value of (where "missing key" problems go).
     */
    private void check(ComposeNode node, Shape shape, String path, Span keySpan) {
        boolean unresolved = node instanceof ComposeScalar s && s.isUnresolved();
        if (!shape.oneOf().isEmpty()) {
            checkOneOf(node, shape, path, keySpan, unresolved);
        }
        if (!shape.types().isEmpty() && !accepts(shape.types(), node)) {
            if (!unresolved) {
                problems.add(problem(node.span(), "`" + display(path) + "` must be " + typeList(shape.types())
                        + ", not " + article(node.typeName())));
            }
            return;
        }
        if (node instanceof ComposeScalar scalar) {
            if (!unresolved) {
                checkScalar(scalar, shape, path);
            }
        } else if (node instanceof ComposeMapping mapping) {
            checkMapping(mapping, shape, path, keySpan);
        } else if (node instanceof ComposeSequence seq) {
            checkSequence(seq, shape, path);
        }
    }

    private void checkOneOf(ComposeNode node, Shape shape, String path, Span keySpan, boolean unresolved) {
        int fitting = 0;
        for (Shape branch : shape.oneOf()) {
            if (fits(node, branch)) {
                fitting++;
            }
        }
        if (fitting == 1 || unresolved) {
            return;
        }
        if (fitting > 1) {
            problems.add(problem(node.span(), "`" + display(path) + "` matches more than one form"));
            return;
        }
        // No branch fits: explain with the branch of the node's type, else list the types.
        Shape sameType = null;
        int sameTypeCount = 0;
        EnumSet<JsonType> all = EnumSet.noneOf(JsonType.class);
        for (Shape branch : shape.oneOf()) {
            Set<JsonType> types = acceptedTypes(branch);
            all.addAll(types);
            if (types.isEmpty() || accepts(types, node)) {
                sameType = branch;
                sameTypeCount++;
            }
        }
        if (sameTypeCount == 1) {
            check(node, sameType, path, keySpan);
        } else {
            problems.add(problem(node.span(), "`" + display(path) + "` must be " + typeList(all) + ", not "
                    + article(node.typeName())));
        }
    }

    private void checkScalar(ComposeScalar scalar, Shape shape, String path) {
        if (!shape.enumValues().isEmpty()) {
            if (scalar.type() != ScalarType.STRING || !shape.enumValues().contains(scalar.value())) {
                problems.add(problem(scalar.span(), "`" + display(path) + "` must be one of " + quoted(shape.enumValues())
                        + suggestion(scalar.value(), shape.enumValues())));
                return;
            }
        }
        if (shape.pattern() != null && scalar.type() == ScalarType.STRING && !shape.pattern().matches(scalar.value())) {
            problems.add(problem(scalar.span(), "`" + display(path) + "`: `" + scalar.value() + "` is not "
                    + shape.pattern().description()));
        }
        if ((shape.minimum() != null || shape.maximum() != null)
                && (scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.FLOAT)) {
            OptionalDouble d = scalar.asDouble();
            if (d.isPresent() && shape.minimum() != null && d.getAsDouble() < shape.minimum()) {
                problems.add(problem(scalar.span(), "`" + display(path) + "` must be at least " + number(shape.minimum())));
            } else if (d.isPresent() && shape.maximum() != null && d.getAsDouble() > shape.maximum()) {
                problems.add(problem(scalar.span(), "`" + display(path) + "` must be at most " + number(shape.maximum())));
            }
        }
    }

    private void checkMapping(ComposeMapping mapping, Shape shape, String path, Span keySpan) {
        Map<String, Shape> properties = shape.properties();
        for (ComposeEntry e : mapping.entries()) {
            String key = e.key();
            String childPath = path.isEmpty() ? key : path + "." + key;
            boolean matched = false;
            Shape property = properties.get(key);
            if (property != null) {
                matched = true;
                check(e.value(), property, childPath, e.keySpan());
            }
            for (Shape.PatternProperty pp : shape.patternProperties()) {
                if (pp.pattern().matches(key)) {
                    matched = true;
                    check(e.value(), pp.shape(), childPath, e.keySpan());
                }
            }
            if (!matched && !shape.additionalProperties()) {
                problems.add(problem(e.keySpan(), unknownKey(key, path, shape)));
            }
        }
        for (String required : shape.required()) {
            if (!mapping.has(required)) {
                problems.add(problem(keySpan, "`" + display(path) + "` is missing `" + required + "`"));
            }
        }
    }

    private String unknownKey(String key, String path, Shape shape) {
        boolean names = false;
        for (Shape.PatternProperty pp : shape.patternProperties()) {
            names |= pp.pattern() == KeyPattern.NAME;
        }
        if (names && shape.properties().isEmpty()) {
            return "invalid name `" + key + "` in `" + display(path) + "` (letters, digits, `.`, `_` and `-` only)";
        }
        String where = path.isEmpty() ? "unknown top-level key `" + key + "`" : "unknown key `" + key + "` in `" + path + "`";
        return where + suggestion(key, shape.properties().keySet());
    }

    private void checkSequence(ComposeSequence seq, Shape shape, String path) {
        if (shape.items() != null) {
            for (int i = 0; i < seq.size(); i++) {
                check(seq.items().get(i), shape.items(), path + "[" + i + "]", seq.items().get(i).span());
            }
        }
        if (shape.uniqueItems()) {
            List<ComposeNode> items = seq.items();
            for (int i = 1; i < items.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (JsonEquality.same(items.get(i), items.get(j))) {
                        problems.add(problem(items.get(i).span(), "duplicate item in `" + display(path) + "`"));
                        break;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- types

    /** The types a shape accepts: its own, or the union of its {@code oneOf} branches; empty for any. */
    static Set<JsonType> acceptedTypes(Shape shape) {
        if (!shape.types().isEmpty() || shape.oneOf().isEmpty()) {
            return shape.types();
        }
        EnumSet<JsonType> all = EnumSet.noneOf(JsonType.class);
        for (Shape branch : shape.oneOf()) {
            Set<JsonType> t = acceptedTypes(branch);
            if (t.isEmpty()) {
                return t;
            }
            all.addAll(t);
        }
        return all;
    }

    /** JSON Schema's type test: an integer is a number, and a number with no fraction is an integer. */
    static boolean accepts(Set<JsonType> types, ComposeNode node) {
        if (node instanceof ComposeMapping) {
            return types.contains(JsonType.OBJECT);
        }
        if (node instanceof ComposeSequence) {
            return types.contains(JsonType.ARRAY);
        }
        ComposeScalar s = (ComposeScalar) node;
        switch (s.type()) {
            case STRING:
                return types.contains(JsonType.STRING);
            case BOOLEAN:
                return types.contains(JsonType.BOOLEAN);
            case NULL:
                return types.contains(JsonType.NULL);
            case INTEGER:
                return types.contains(JsonType.INTEGER) || types.contains(JsonType.NUMBER);
            default: {
                if (types.contains(JsonType.NUMBER)) {
                    return true;
                }
                OptionalDouble d = s.asDouble();
                return types.contains(JsonType.INTEGER) && d.isPresent() && !Double.isInfinite(d.getAsDouble())
                        && d.getAsDouble() == Math.rint(d.getAsDouble());
            }
        }
    }

    // ---------------------------------------------------------------- messages

    private static ComposeProblem problem(Span span, String message) {
        return new ComposeProblem(ProblemKind.STRUCTURE, span, message);
    }

    private static String display(String path) {
        return path.isEmpty() ? "(top level)" : path;
    }

    private static String typeList(Set<JsonType> types) {
        List<String> names = new ArrayList<>();
        for (JsonType t : types) {
            if (t == JsonType.INTEGER && types.contains(JsonType.NUMBER)) {
                continue;
            }
            names.add(article(t.displayName()));
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(i == names.size() - 1 ? " or " : ", ");
            }
            b.append(names.get(i));
        }
        return b.toString();
    }

    private static String article(String typeName) {
        switch (typeName) {
            case "integer":
                return "an integer";
            case "null":
                return "null";
            default:
                return "a " + typeName;
        }
    }

    private static String quoted(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(i == values.size() - 1 ? " or " : ", ");
            }
            b.append('`').append(values.get(i)).append('`');
        }
        return b.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** " (did you mean `image`?)" for the closest candidate within a small edit distance, else "". */
    static String suggestion(String word, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = word.length() <= 3 ? 1 : 2;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = c.equals(lower) || c.replace('_', '-').equals(lower.replace('_', '-')) ? 0
                    : EditDistance.levenshtein(lower, c, limit);
            if (d <= limit && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean `" + best + "`?)";
    }
}
