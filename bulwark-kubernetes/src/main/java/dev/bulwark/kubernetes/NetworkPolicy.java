package dev.bulwark.kubernetes;

import dev.bulwark.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/** A NetworkPolicy: which pods it selects and which directions it restricts. */
public final class NetworkPolicy {
    private final KubeObject object;
    private final LabelSelector podSelector;
    private final List<Field> policyTypes;
    private final Field ingress;
    private final Field egress;

    private NetworkPolicy(KubeObject object, LabelSelector podSelector, List<Field> policyTypes, Field ingress,
                          Field egress) {
        this.object = object;
        this.podSelector = podSelector;
        this.policyTypes = policyTypes;
        this.ingress = ingress;
        this.egress = egress;
    }

    static NetworkPolicy read(ReadContext ctx, KubeObject object) {
        YamlMapping spec = ctx.mapping(object.root(), "spec").orElse(null);
        return new NetworkPolicy(object, LabelSelector.read(ctx, spec, "podSelector").orElse(null),
                spec == null ? List.of() : ctx.stringList(spec, "policyTypes"),
                ctx.sequence(spec, "ingress").isPresent() ? ctx.field(spec, "ingress").get() : null,
                ctx.sequence(spec, "egress").isPresent() ? ctx.field(spec, "egress").get() : null);
    }

    public KubeObject object() {
        return object;
    }

    /** {@code spec.podSelector} (empty selects every pod of the namespace). */
    public Optional<LabelSelector> podSelector() {
        return Optional.ofNullable(podSelector);
    }

    public List<Field> policyTypes() {
        return policyTypes;
    }

    public Optional<Field> ingress() {
        return Optional.ofNullable(ingress);
    }

    public Optional<Field> egress() {
        return Optional.ofNullable(egress);
    }

    /** True when the policy applies to pods with the template's labels (namespaces not compared). */
    public boolean appliesTo(PodTemplate template) {
        return podSelector == null || podSelector.matches(template.labels());
    }

    @Override
    public String toString() {
        return "NetworkPolicy[" + object.nameText() + "]";
    }
}
