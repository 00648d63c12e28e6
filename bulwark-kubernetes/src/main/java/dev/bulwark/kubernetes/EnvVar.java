package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.Optional;

/** One {@code env[]} item: a literal {@code value} or a {@code valueFrom} reference. */
public final class EnvVar {
    private final YamlMapping node;
    private final Span span;
    private final Field name;
    private final Field value;
    private final Field valueFrom;
    private final EnvSource source;
    private final Field refName;
    private final Field refKey;

    private EnvVar(YamlMapping node, Span span, Field name, Field value, Field valueFrom, EnvSource source,
                   Field refName, Field refKey) {
        this.node = node;
        this.span = span;
        this.name = name;
        this.value = value;
        this.valueFrom = valueFrom;
        this.source = source;
        this.refName = refName;
        this.refKey = refKey;
    }

    static EnvVar read(ReadContext ctx, YamlMapping m) {
        Field name = ctx.string(m, "name").orElse(null);
        Field value = ctx.string(m, "value").orElse(null);
        Optional<YamlMapping> from = ctx.mapping(m, "valueFrom");
        Field valueFrom = from.isPresent() ? ctx.field(m, "valueFrom").get() : null;
        EnvSource source = EnvSource.LITERAL;
        Field refName = null;
        Field refKey = null;
        if (from.isPresent()) {
            source = EnvSource.OTHER;
            String[] keys = {"secretKeyRef", "configMapKeyRef", "fieldRef", "resourceFieldRef", "fileKeyRef"};
            EnvSource[] kinds = {EnvSource.SECRET_KEY_REF, EnvSource.CONFIG_MAP_KEY_REF, EnvSource.FIELD_REF,
                    EnvSource.RESOURCE_FIELD_REF, EnvSource.FILE_KEY_REF};
            for (int i = 0; i < keys.length; i++) {
                Optional<YamlMapping> ref = ctx.mapping(from.get(), keys[i]);
                if (ref.isPresent()) {
                    source = kinds[i];
                    if (i <= 1) {
                        refName = ctx.string(ref.get(), "name").orElse(null);
                        refKey = ctx.string(ref.get(), "key").orElse(null);
                    } else if (i == 2) {
                        refKey = ctx.string(ref.get(), "fieldPath").orElse(null);
                    } else if (i == 3) {
                        refKey = ctx.string(ref.get(), "resource").orElse(null);
                    } else {
                        refKey = ctx.string(ref.get(), "key").orElse(null);
                    }
                    break;
                }
            }
        }
        return new EnvVar(m, ctx.span(m), name, value, valueFrom, source, refName, refKey);
    }

    public YamlMapping node() {
        return node;
    }

    /** The whole item. */
    public Span span() {
        return span;
    }

    public Optional<Field> nameField() {
        return Optional.ofNullable(name);
    }

    /** The variable's name, {@code ""} when missing. */
    public String name() {
        return name == null ? "" : name.textOrEmpty();
    }

    /** The literal {@code value:}, when written. */
    public Optional<Field> value() {
        return Optional.ofNullable(value);
    }

    public Optional<Field> valueFrom() {
        return Optional.ofNullable(valueFrom);
    }

    public EnvSource source() {
        return source;
    }

    /** True for a literal value (written, non-empty). */
    public boolean hasLiteralValue() {
        return source == EnvSource.LITERAL && value != null && !value.textOrEmpty().isEmpty();
    }

    /** The Secret or ConfigMap named by a key reference. */
    public Optional<Field> referencedName() {
        return Optional.ofNullable(refName);
    }

    /** The key of a Secret/ConfigMap/file reference, the {@code fieldPath} or the {@code resource}. */
    public Optional<Field> referencedKey() {
        return Optional.ofNullable(refKey);
    }

    /** The best place for a finding about this variable: its name, else the item. */
    public Span locator() {
        return name != null ? name.valueSpan() : span;
    }

    @Override
    public String toString() {
        return "EnvVar[" + name() + " " + source + "]";
    }
}
