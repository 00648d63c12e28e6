package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A LimitRange: per-type ({@code Container}, {@code Pod}, {@code PersistentVolumeClaim}) defaults and bounds. */
public final class LimitRange {
    private final KubeObject object;
    private final List<Item> limits;

    /** One {@code spec.limits[]} item. */
    public static final class Item {
        private final Span span;
        private final Field type;
        private final ResourceList max;
        private final ResourceList min;
        private final ResourceList defaults;
        private final ResourceList defaultRequest;

        Item(Span span, Field type, ResourceList max, ResourceList min, ResourceList defaults,
             ResourceList defaultRequest) {
            this.span = span;
            this.type = type;
            this.max = max;
            this.min = min;
            this.defaults = defaults;
            this.defaultRequest = defaultRequest;
        }

        public Span span() {
            return span;
        }

        public Optional<Field> type() {
            return Optional.ofNullable(type);
        }

        public String typeText() {
            return type == null ? "" : type.textOrEmpty();
        }

        public ResourceList max() {
            return max;
        }

        public ResourceList min() {
            return min;
        }

        /** {@code default}: the limits given to containers that set none. */
        public ResourceList defaultLimits() {
            return defaults;
        }

        /** {@code defaultRequest}: the requests given to containers that set none. */
        public ResourceList defaultRequest() {
            return defaultRequest;
        }
    }

    private LimitRange(KubeObject object, List<Item> limits) {
        this.object = object;
        this.limits = limits;
    }

    static LimitRange read(ReadContext ctx, KubeObject object) {
        YamlMapping spec = ctx.mapping(object.root(), "spec").orElse(null);
        List<Item> items = new ArrayList<>();
        for (YamlMapping m : ctx.mappingItems(spec, "limits")) {
            items.add(new Item(ctx.span(m), ctx.string(m, "type").orElse(null), ResourceList.read(ctx, m, "max"),
                    ResourceList.read(ctx, m, "min"), ResourceList.read(ctx, m, "default"),
                    ResourceList.read(ctx, m, "defaultRequest")));
        }
        return new LimitRange(object, List.copyOf(items));
    }

    public KubeObject object() {
        return object;
    }

    public List<Item> limits() {
        return limits;
    }

    /** True when some {@code Container} item gives default limits or requests to containers that set none. */
    public boolean givesContainerDefaults() {
        for (Item i : limits) {
            if (i.typeText().equals("Container") && (!i.defaultLimits().isEmpty() || !i.defaultRequest().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "LimitRange[" + object.nameText() + "]";
    }
}
