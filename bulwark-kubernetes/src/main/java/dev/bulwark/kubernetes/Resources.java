package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.Optional;

/** A container's {@code resources} (or a TrainJob's {@code resourcesPerNode}): requests and limits. */
public final class Resources {
    private static final Resources NONE = new Resources(null, ResourceList.empty(), ResourceList.empty());

    private final Field field;
    private final ResourceList requests;
    private final ResourceList limits;

    private Resources(Field field, ResourceList requests, ResourceList limits) {
        this.field = field;
        this.requests = requests;
        this.limits = limits;
    }

    static Resources read(ReadContext ctx, YamlMapping container, String key) {
        Optional<Field> f = ctx.field(container, key);
        if (f.isEmpty()) {
            return NONE;
        }
        if (!(f.get().node() instanceof YamlMapping m)) {
            ctx.wrongType(f.get(), "a mapping");
            return NONE;
        }
        return new Resources(f.get(), ResourceList.read(ctx, m, "requests"), ResourceList.read(ctx, m, "limits"));
    }

    /** The {@code resources:} field, when written. */
    public Optional<Field> field() {
        return Optional.ofNullable(field);
    }

    public Optional<Span> span() {
        return field == null ? Optional.empty() : Optional.of(field.span());
    }

    public ResourceList requests() {
        return requests;
    }

    public ResourceList limits() {
        return limits;
    }

    public Optional<ResourceQuantity> request(String name) {
        return requests.get(name);
    }

    public Optional<ResourceQuantity> limit(String name) {
        return limits.get(name);
    }

    /**
     * The request the scheduler uses: the explicit request, else the limit (Kubernetes defaults a
     * missing request to the limit).
     */
    public Optional<ResourceQuantity> effectiveRequest(String name) {
        Optional<ResourceQuantity> r = requests.get(name);
        return r.isPresent() ? r : limits.get(name);
    }

    /** The first accelerator (GPU...) limit, else request; extended resources are set as limits. */
    public Optional<ResourceQuantity> accelerator() {
        Optional<ResourceQuantity> l = limits.accelerator();
        return l.isPresent() ? l : requests.accelerator();
    }

    @Override
    public String toString() {
        return "Resources[requests=" + requests + ", limits=" + limits + "]";
    }
}
