package dev.bulwark.kubernetes;

import dev.bulwark.yaml.YamlMapping;
import java.util.List;

/** A ResourceQuota: {@code spec.hard} ({@code requests.cpu}, {@code limits.memory}, {@code requests.nvidia.com/gpu}, {@code pods}...) and scopes. */
public final class ResourceQuota {
    private final KubeObject object;
    private final ResourceList hard;
    private final List<Field> scopes;

    private ResourceQuota(KubeObject object, ResourceList hard, List<Field> scopes) {
        this.object = object;
        this.hard = hard;
        this.scopes = scopes;
    }

    static ResourceQuota read(ReadContext ctx, KubeObject object) {
        YamlMapping spec = ctx.mapping(object.root(), "spec").orElse(null);
        ResourceList hard = spec == null ? ResourceList.empty() : ResourceList.read(ctx, spec, "hard");
        List<Field> scopes = spec == null ? List.of() : ctx.stringList(spec, "scopes");
        return new ResourceQuota(object, hard, scopes);
    }

    public KubeObject object() {
        return object;
    }

    public ResourceList hard() {
        return hard;
    }

    public List<Field> scopes() {
        return scopes;
    }

    @Override
    public String toString() {
        return "ResourceQuota[" + object.nameText() + "]";
    }
}
