package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource list ({@code requests}, {@code limits}, a quota's {@code hard}, a LimitRange's
 * {@code max}...): resource names to quantities, in document order.
 */
public final class ResourceList {
    private static final ResourceList EMPTY = new ResourceList(null, List.of());

    private final Field field;
    private final List<ResourceQuantity> entries;

    private ResourceList(Field field, List<ResourceQuantity> entries) {
        this.field = field;
        this.entries = entries;
    }

    static ResourceList empty() {
        return EMPTY;
    }

    /** Reads {@code m[key]}; problems for a non-mapping and for quantities the API rejects. */
    static ResourceList read(ReadContext ctx, YamlMapping m, String key) {
        Optional<Field> f = ctx.field(m, key);
        if (f.isEmpty()) {
            return EMPTY;
        }
        if (!(f.get().node() instanceof YamlMapping map)) {
            ctx.wrongType(f.get(), "a mapping of resource quantities");
            return EMPTY;
        }
        List<ResourceQuantity> entries = new ArrayList<>(map.entries().size());
        for (YamlEntry e : map.entries()) {
            if (!(e.key() instanceof YamlScalar k)) {
                continue;
            }
            Field entry = Field.entry(ctx.source(), e.key(), k.value(), e.value());
            Quantity q = null;
            if (e.value() instanceof YamlScalar v && !Scalars.isNull(v)) {
                Optional<Quantity> parsed = Quantity.parse(v.value());
                if (parsed.isPresent()) {
                    q = parsed.get();
                } else if (!Scalars.isPlaceholder(v.value())) {
                    ctx.problem(ProblemKind.INVALID_VALUE, entry.valueSpan(), "`" + v.value()
                            + "` is not a quantity for `" + k.value() + "`");
                }
            } else if (!(e.value() instanceof YamlScalar)) {
                ctx.problem(ProblemKind.WRONG_TYPE, entry.valueSpan(), "`" + k.value() + "` is not a quantity");
            }
            entries.add(new ResourceQuantity(entry, q));
        }
        return new ResourceList(f.get(), entries);
    }

    /** The {@code requests:}/{@code limits:} field itself, when written. */
    public Optional<Field> field() {
        return Optional.ofNullable(field);
    }

    public Optional<Span> span() {
        return field == null ? Optional.empty() : Optional.of(field.span());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<ResourceQuantity> entries() {
        return entries;
    }

    public Optional<ResourceQuantity> get(String resourceName) {
        for (ResourceQuantity q : entries) {
            if (q.name().equals(resourceName)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    public boolean has(String resourceName) {
        return get(resourceName).isPresent();
    }

    /** The first accelerator entry ({@link ResourceNames#isAccelerator}), if any. */
    public Optional<ResourceQuantity> accelerator() {
        for (ResourceQuantity q : entries) {
            if (ResourceNames.isAccelerator(q.name())) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ResourceList" + entries;
    }
}
