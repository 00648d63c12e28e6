package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code metav1.LabelSelector} ({@code matchLabels} and {@code matchExpressions}), as in a
 * workload's {@code spec.selector} or a NetworkPolicy's {@code podSelector}.
 */
public final class LabelSelector {
    private final Field field;
    private final StringMap matchLabels;
    private final List<Requirement> expressions;

    /** One {@code matchExpressions[]} item. */
    public static final class Requirement {
        private final Span span;
        private final String key;
        private final String operator;
        private final List<String> values;

        Requirement(Span span, String key, String operator, List<String> values) {
            this.span = span;
            this.key = key;
            this.operator = operator;
            this.values = values;
        }

        public Span span() {
            return span;
        }

        public String key() {
            return key;
        }

        /** {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}. */
        public String operator() {
            return operator;
        }

        public List<String> values() {
            return values;
        }

        boolean matches(StringMap labels) {
            Optional<String> v = labels.value(key);
            switch (operator) {
                case "In": return v.isPresent() && values.contains(v.get());
                case "NotIn": return v.isEmpty() || !values.contains(v.get());
                case "Exists": return v.isPresent();
                case "DoesNotExist": return v.isEmpty();
                default: return false;
            }
        }
    }

    private LabelSelector(Field field, StringMap matchLabels, List<Requirement> expressions) {
        this.field = field;
        this.matchLabels = matchLabels;
        this.expressions = expressions;
    }

    /** A plain {@code map[string]string} selector (a Service's, a ReplicationController's) as {@code matchLabels}. */
    static LabelSelector ofMap(StringMap map) {
        return new LabelSelector(map.field().orElseThrow(), map, List.of());
    }

    static Optional<LabelSelector> read(ReadContext ctx, YamlMapping parent, String key) {
        Optional<YamlMapping> m = ctx.mapping(parent, key);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        StringMap labels = StringMap.read(ctx, m.get(), "matchLabels", false);
        List<Requirement> expressions = new ArrayList<>();
        for (YamlMapping e : ctx.mappingItems(m.get(), "matchExpressions")) {
            List<String> values = new ArrayList<>();
            for (Field v : ctx.stringList(e, "values")) {
                values.add(v.textOrEmpty());
            }
            Field k = ctx.string(e, "key").orElse(null);
            Field op = ctx.string(e, "operator").orElse(null);
            expressions.add(new Requirement(ctx.span(e), k == null ? "" : k.textOrEmpty(),
                    op == null ? "" : op.textOrEmpty(), values));
        }
        return Optional.of(new LabelSelector(ctx.field(parent, key).get(), labels, expressions));
    }

    /** The {@code selector:} entry. */
    public Field field() {
        return field;
    }

    public Span span() {
        return field.span();
    }

    public StringMap matchLabels() {
        return matchLabels;
    }

    public List<Requirement> matchExpressions() {
        return expressions;
    }

    /** True when the selector has no requirement (it selects every pod). */
    public boolean isEmpty() {
        return matchLabels.isEmpty() && expressions.isEmpty();
    }

    /** True when {@code labels} satisfy every requirement. */
    public boolean matches(StringMap labels) {
        if (!labels.containsAll(matchLabels)) {
            return false;
        }
        for (Requirement r : expressions) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "LabelSelector[" + matchLabels.asMap() + ", " + expressions.size() + " expressions]";
    }
}
