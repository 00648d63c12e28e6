package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.Optional;

/** One {@code envFrom[]} item: every key of a Secret or ConfigMap as variables. */
public final class EnvFrom {
    /** What an {@code envFrom} item imports. */
    public enum Kind { SECRET, CONFIG_MAP, OTHER }

    private final Span span;
    private final Kind kind;
    private final Field name;
    private final Field prefix;

    private EnvFrom(Span span, Kind kind, Field name, Field prefix) {
        this.span = span;
        this.kind = kind;
        this.name = name;
        this.prefix = prefix;
    }

    static EnvFrom read(ReadContext ctx, YamlMapping m) {
        Kind kind = Kind.OTHER;
        Field name = null;
        Optional<YamlMapping> secret = ctx.mapping(m, "secretRef");
        Optional<YamlMapping> config = ctx.mapping(m, "configMapRef");
        if (secret.isPresent()) {
            kind = Kind.SECRET;
            name = ctx.string(secret.get(), "name").orElse(null);
        } else if (config.isPresent()) {
            kind = Kind.CONFIG_MAP;
            name = ctx.string(config.get(), "name").orElse(null);
        }
        return new EnvFrom(ctx.span(m), kind, name, ctx.string(m, "prefix").orElse(null));
    }

    public Span span() {
        return span;
    }

    public Kind kind() {
        return kind;
    }

    /** The Secret or ConfigMap name. */
    public Optional<Field> name() {
        return Optional.ofNullable(name);
    }

    public Optional<Field> prefix() {
        return Optional.ofNullable(prefix);
    }

    @Override
    public String toString() {
        return "EnvFrom[" + kind + " " + (name == null ? "" : name.textOrEmpty()) + "]";
    }
}
