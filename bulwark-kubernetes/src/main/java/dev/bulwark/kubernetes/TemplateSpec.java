package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;

/** What a locator found for one pod template, before the {@link PodTemplate} is read. Internal. */
final class TemplateSpec {
    /** Where a template's containers are written. */
    static final class Source {
        final ContainerKind kind;
        final YamlMapping parent;
        final String key;
        final boolean single;

        Source(ContainerKind kind, YamlMapping parent, String key, boolean single) {
            this.kind = kind;
            this.parent = parent;
            this.key = key;
            this.single = single;
        }
    }

    TemplateKind kind;
    String role;
    Span roleSpan;
    /** The template's mapping (a PodTemplateSpec, a KServe component, an Argo template, a trainer). */
    YamlMapping node;
    /** Where {@code labels} and {@code annotations} are (a template's {@code metadata}, a KServe component); may be null. */
    YamlMapping meta;
    /** Pod-level fields, most specific first (an Argo template, then the workflow's defaults, then its spec). */
    final List<YamlMapping> layers = new ArrayList<>(3);
    final List<Source> sources = new ArrayList<>(4);
    final List<PersistentVolumeClaim> claimTemplates = new ArrayList<>();
    Field replicas;
    Field minReplicas;
    Field maxReplicas;
    Lifecycle lifecycle = Lifecycle.LONG_RUNNING;
    /** True when the API needs at least one container here (a pod template); false for a trainer. */
    boolean needsContainers = true;
    /** Prefix for the role of a template inside an embedded object (a Katib trial spec). */
    String embeddedIn = "";

    void podSpec(YamlMapping spec) {
        layers.add(spec);
        sources.add(new Source(ContainerKind.INIT, spec, "initContainers", false));
        sources.add(new Source(ContainerKind.MAIN, spec, "containers", false));
    }
}
