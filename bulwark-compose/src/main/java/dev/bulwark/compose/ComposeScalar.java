package dev.bulwark.compose;

import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A scalar: its value after interpolation, the raw value written in the file (YAML unescaped, not
 * interpolated), its type, and the variables it used. {@link #isUnresolved()} says a variable had
 * no value and no default, so the real value is unknown: rules stay silent on such values (an
 * image {@code app:${TAG}} with {@code TAG} unknown is not "untagged").
 */
public final class ComposeScalar implements ComposeNode {
    private final Span span;
    private final String value;
    private final String raw;
    private final ScalarType type;
    private final List<VariableUse> variables;
    private final boolean implied;
    // Source offset where raw[0] is when the raw value is written one to one in the file, else -1.
    private final int rawSourceStart;
    // Value offsets to raw offsets; null when the value is the raw text unchanged.
    private final ValueMap valueMap;

    ComposeScalar(Span span, String value, String raw, ScalarType type, List<VariableUse> variables,
                  boolean implied, int rawSourceStart, ValueMap valueMap) {
        this.span = Objects.requireNonNull(span, "span");
        this.value = Objects.requireNonNull(value, "value");
        this.raw = Objects.requireNonNull(raw, "raw");
        this.type = Objects.requireNonNull(type, "type");
        this.variables = List.copyOf(variables);
        this.implied = implied;
        this.rawSourceStart = rawSourceStart;
        this.valueMap = valueMap;
    }

    /** A value the loader makes up (a default filled in from a short form), located at {@code at}. */
    static ComposeScalar implied(Span at, String value, ScalarType type) {
        return new ComposeScalar(at, value, value, type, List.of(), true, -1, null);
    }

    /** The same value with another type (Compose's casts). */
    ComposeScalar withType(ScalarType newType) {
        return new ComposeScalar(span, value, raw, newType, variables, implied, rawSourceStart, valueMap);
    }

    @Override
    public Span span() {
        return span;
    }

    /** The value after interpolation; {@code ""} for null. */
    public String value() {
        return value;
    }

    /** The value as written (after YAML unescaping, before interpolation). */
    public String raw() {
        return raw;
    }

    public ScalarType type() {
        return type;
    }

    /** The variables the raw value referenced, in order (nested defaults included). */
    public List<VariableUse> variables() {
        return variables;
    }

    /** True when the value came through interpolation. */
    public boolean isInterpolated() {
        return !variables.isEmpty();
    }

    /** True when a variable had no value and no default: the value here is not the value Compose would use. */
    public boolean isUnresolved() {
        for (VariableUse use : variables) {
            if (use.isUnresolved()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isImplied() {
        return implied;
    }

    @Override
    public String typeName() {
        return type.displayName();
    }

    public boolean isString() {
        return type == ScalarType.STRING;
    }

    /** {@code true}/{@code false}, and with Compose's warning also {@code y/yes/on/n/no/off} (NOTES 3.4). */
    public Optional<Boolean> asBoolean() {
        switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true":
            case "y":
            case "yes":
            case "on":
                return Optional.of(Boolean.TRUE);
            case "false":
            case "n":
            case "no":
            case "off":
                return Optional.of(Boolean.FALSE);
            default:
                return Optional.empty();
        }
    }

    /** True only for a value that is boolean true (or a cast {@code "yes"}). */
    public boolean isTrue() {
        Optional<Boolean> b = asBoolean();
        return b.isPresent() && b.get();
    }

    /** A decimal integer (leading {@code +}/{@code -} allowed), as Go's {@code strconv.Atoi}. */
    public OptionalLong asLong() {
        return Numbers.parseLong(value);
    }

    public OptionalDouble asDouble() {
        return Numbers.parseDouble(value);
    }

    /** A byte size as Compose reads {@code mem_limit}, {@code shm_size}...: {@code 512m}, {@code 1.5g}, {@code 1024}. */
    public OptionalLong asBytes() {
        return ByteSizes.parse(value);
    }

    /** A duration as Compose reads {@code interval}, {@code stop_grace_period}...: {@code 1m30s}, {@code 1.5h}. */
    public Optional<Duration> asDuration() {
        return Durations.parse(value);
    }

    /**
     * The span of {@code value().substring(start, end)} in the file: exact when the value is written
     * one to one in the file (plain or simply quoted scalars; an interpolated part maps to its whole
     * {@code ${...}} expression), else the whole scalar.
     */
    public Span subSpan(int start, int end) {
        if (start < 0 || end < start || end > value.length()) {
            throw new IndexOutOfBoundsException("bad sub-range " + start + ".." + end + " of a " + value.length() + "-char value");
        }
        if (rawSourceStart < 0) {
            return span;
        }
        int rawStart = valueMap == null ? start : valueMap.rawStartOf(start);
        int rawEnd = valueMap == null ? end : valueMap.rawEndOf(end);
        if (rawEnd < rawStart) {
            rawEnd = rawStart;
        }
        return new Span(span.source(), new TextRange(rawSourceStart + rawStart, rawSourceStart + rawEnd));
    }

    /**
     * The part {@code [start, end)} of this string as a scalar of its own, keeping exact spans and
     * the variables inside it: the value of a list-form {@code KEY=VALUE} entry.
     */
    ComposeScalar slice(int start, int end) {
        int rawStart = valueMap == null ? start : valueMap.rawStartOf(start);
        int rawEnd = valueMap == null ? end : Math.max(rawStart, valueMap.rawEndOf(end));
        List<VariableUse> inside = new ArrayList<>();
        for (VariableUse use : variables) {
            if (use.rawStart() >= rawStart && use.rawEnd() <= rawEnd) {
                inside.add(use);
            }
        }
        String slicedValue = value.substring(start, end);
        String slicedRaw = raw.substring(Math.min(rawStart, raw.length()), Math.min(rawEnd, raw.length()));
        ValueMap map = null;
        if (valueMap != null) {
            map = valueMap.slice(start, end, rawStart);
            if (map.isIdentity(slicedValue.length(), slicedRaw.length())) {
                map = null;
            }
        }
        return new ComposeScalar(subSpan(start, end), slicedValue, slicedRaw, ScalarType.STRING, inside, implied,
                rawSourceStart < 0 ? -1 : rawSourceStart + rawStart, map);
    }

    @Override
    public String toString() {
        return "ComposeScalar[" + type + " '" + value + "' at " + span + "]";
    }
}
