package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.Optional;

/** One {@code tolerations[]} item of a pod. */
public final class Toleration {
    private final Span span;
    private final Field key;
    private final Field operator;
    private final Field value;
    private final Field effect;

    private Toleration(Span span, Field key, Field operator, Field value, Field effect) {
        this.span = span;
        this.key = key;
        this.operator = operator;
        this.value = value;
        this.effect = effect;
    }

    static Toleration read(ReadContext ctx, YamlMapping m) {
        return new Toleration(ctx.span(m), ctx.string(m, "key").orElse(null), ctx.string(m, "operator").orElse(null),
                ctx.string(m, "value").orElse(null), ctx.string(m, "effect").orElse(null));
    }

    public Span span() {
        return span;
    }

    public Optional<Field> key() {
        return Optional.ofNullable(key);
    }

    /** The taint key tolerated, {@code ""} for all keys ({@code operator: Exists} without a key). */
    public String keyText() {
        return key == null ? "" : key.textOrEmpty();
    }

    public Optional<Field> operator() {
        return Optional.ofNullable(operator);
    }

    public Optional<Field> value() {
        return Optional.ofNullable(value);
    }

    public Optional<Field> effect() {
        return Optional.ofNullable(effect);
    }

    @Override
    public String toString() {
        return "Toleration[" + keyText() + "]";
    }
}
