package dev.bulwark.compose.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One node of the structural description of Compose files: the JSON Schema keywords the Compose
 * schema uses ({@code type}, {@code enum}, {@code pattern}, {@code minimum}/{@code maximum},
 * {@code items}/{@code uniqueItems}, {@code properties}/{@code patternProperties}/
 * {@code additionalProperties}/{@code required}, {@code oneOf}), each applying as in JSON
 * Schema: object keywords to mappings only, array keywords to lists only. Immutable.
 */
public final class Shape {

    /** A {@code patternProperties} entry. */
    public static final class PatternProperty {
        private final KeyPattern pattern;
        private final Shape shape;

        PatternProperty(KeyPattern pattern, Shape shape) {
            this.pattern = pattern;
            this.shape = shape;
        }

        public KeyPattern pattern() {
            return pattern;
        }

        public Shape shape() {
            return shape;
        }
    }

    /** Any value ({@code {}}). */
    public static final Shape ANY = new Builder().build();

    private final Set<JsonType> types;
    private final List<String> enumValues;
    private final StringPattern pattern;
    private final Double minimum;
    private final Double maximum;
    private final Shape items;
    private final boolean uniqueItems;
    private final Map<String, Shape> properties;
    private final List<PatternProperty> patternProperties;
    private final boolean additionalProperties;
    private final Set<String> required;
    private final List<Shape> oneOf;

    private Shape(Builder b) {
        this.types = Collections.unmodifiableSet(EnumSet.copyOf(b.types.isEmpty() ? EnumSet.noneOf(JsonType.class) : b.types));
        this.enumValues = List.copyOf(b.enumValues);
        this.pattern = b.pattern;
        this.minimum = b.minimum;
        this.maximum = b.maximum;
        this.items = b.items;
        this.uniqueItems = b.uniqueItems;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
        this.patternProperties = List.copyOf(b.patternProperties);
        this.additionalProperties = b.additionalProperties;
        this.required = Collections.unmodifiableSet(new LinkedHashSet<>(b.required));
        this.oneOf = List.copyOf(b.oneOf);
    }

    // ------------------------------------------------------------------ construction

    /** A value of one of these types. */
    public static Shape of(JsonType... types) {
        return new Builder().types(types).build();
    }

    public static Shape array(Shape items) {
        return new Builder().types(JsonType.ARRAY).items(items).build();
    }

    public static Shape uniqueArray(Shape items) {
        return new Builder().types(JsonType.ARRAY).items(items).unique().build();
    }

    /** A list whose schema also carries object keywords (which apply to mappings only): see {@code gpus}. */
    public static Builder arrayWith(Shape items) {
        return new Builder().types(JsonType.ARRAY).items(items);
    }

    public static Shape oneOf(Shape... branches) {
        Builder b = new Builder();
        for (Shape s : branches) {
            b.oneOf.add(s);
        }
        return b.build();
    }

    /** A mapping; chain {@link Builder#prop}, {@link Builder#closed()}... then {@link Builder#build()}. */
    public static Builder object() {
        return new Builder().types(JsonType.OBJECT);
    }

    public Shape withEnum(String... values) {
        Builder b = toBuilder();
        b.enumValues.clear();
        for (String v : values) {
            b.enumValues.add(v);
        }
        return b.build();
    }

    public Shape withPattern(StringPattern p) {
        Builder b = toBuilder();
        b.pattern = p;
        return b.build();
    }

    public Shape withMinimum(double min) {
        Builder b = toBuilder();
        b.minimum = min;
        return b.build();
    }

    public Shape withMaximum(double max) {
        Builder b = toBuilder();
        b.maximum = max;
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.types.addAll(types);
        b.enumValues.addAll(enumValues);
        b.pattern = pattern;
        b.minimum = minimum;
        b.maximum = maximum;
        b.items = items;
        b.uniqueItems = uniqueItems;
        b.properties.putAll(properties);
        b.patternProperties.addAll(patternProperties);
        b.additionalProperties = additionalProperties;
        b.required.addAll(required);
        b.oneOf.addAll(oneOf);
        return b;
    }

    /** Builds mappings (and other shapes) step by step; used only while the description is built. */
    public static final class Builder {
        private final EnumSet<JsonType> types = EnumSet.noneOf(JsonType.class);
        private final List<String> enumValues = new ArrayList<>();
        private StringPattern pattern;
        private Double minimum;
        private Double maximum;
        private Shape items;
        private boolean uniqueItems;
        private final Map<String, Shape> properties = new LinkedHashMap<>();
        private final List<PatternProperty> patternProperties = new ArrayList<>();
        private boolean additionalProperties = true;
        private final Set<String> required = new LinkedHashSet<>();
        private final List<Shape> oneOf = new ArrayList<>();

        private Builder() {
        }

        public Builder types(JsonType... more) {
            for (JsonType t : more) {
                types.add(t);
            }
            return this;
        }

        /** Also accepts null ({@code "type": ["object", "null"]}). */
        public Builder orNull() {
            types.add(JsonType.NULL);
            return this;
        }

        public Builder prop(String name, Shape shape) {
            properties.put(name, shape);
            return this;
        }

        public Builder patternProp(KeyPattern p, Shape shape) {
            patternProperties.add(new PatternProperty(p, shape));
            return this;
        }

        /** {@code patternProperties: {"^x-": {}}}: extension keys allowed. */
        public Builder extensions() {
            return patternProp(KeyPattern.EXTENSION, ANY);
        }

        /** {@code additionalProperties: false}. */
        public Builder closed() {
            additionalProperties = false;
            return this;
        }

        public Builder required(String... names) {
            for (String n : names) {
                required.add(n);
            }
            return this;
        }

        Builder items(Shape shape) {
            items = shape;
            return this;
        }

        Builder unique() {
            uniqueItems = true;
            return this;
        }

        public Shape build() {
            return new Shape(this);
        }
    }

    // ------------------------------------------------------------------ reading

    /** The accepted types; empty means any. */
    public Set<JsonType> types() {
        return types;
    }

    public List<String> enumValues() {
        return enumValues;
    }

    /** The string pattern, or null. */
    public StringPattern pattern() {
        return pattern;
    }

    /** The minimum, or null. */
    public Double minimum() {
        return minimum;
    }

    /** The maximum, or null. */
    public Double maximum() {
        return maximum;
    }

    /** The items' shape, or null when items are not constrained. */
    public Shape items() {
        return items;
    }

    public boolean uniqueItems() {
        return uniqueItems;
    }

    public Map<String, Shape> properties() {
        return properties;
    }

    public List<PatternProperty> patternProperties() {
        return patternProperties;
    }

    public boolean additionalProperties() {
        return additionalProperties;
    }

    public Set<String> required() {
        return required;
    }

    public List<Shape> oneOf() {
        return oneOf;
    }
}
