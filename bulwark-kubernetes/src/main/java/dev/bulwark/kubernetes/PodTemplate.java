package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pod description inside an object, whatever API it is written in: a Pod, a workload's
 * {@code spec.template}, a Ray worker group, a Kubeflow replica type, a KServe predictor, an Argo
 * template, a TrainJob trainer (a container without a pod: {@link #hasPodSpec()} is false). The
 * same questions work on all of them: containers, pod-level fields, volumes, replicas.
 *
 * <p>Pod-level fields are looked up through layers, most specific first: an Argo template's own
 * {@code nodeSelector} wins over the workflow's {@code spec.nodeSelector}; for every other kind
 * there is one layer. Volumes of all layers are visible (Argo adds the workflow's volumes to each
 * template's pod).
 */
public final class PodTemplate {
    private final KubeObject object;
    private final TemplateKind kind;
    private final String role;
    private final Span roleSpan;
    private final Span span;
    private final YamlMapping node;
    private final Lifecycle lifecycle;
    private final Field replicas;
    private final Field minReplicas;
    private final Field maxReplicas;
    private final StringMap labels;
    private final StringMap annotations;
    private final List<YamlMapping> layers;
    private final boolean hasPodSpec;
    private final Field hostNetwork;
    private final Field hostPID;
    private final Field hostIPC;
    private final Field hostUsers;
    private final Field serviceAccountName;
    private final Field automountServiceAccountToken;
    private final Field runtimeClassName;
    private final Field priorityClassName;
    private final Field restartPolicy;
    private final Field shareProcessNamespace;
    private final Field nodeName;
    private final Field securityContext;
    private final StringMap nodeSelector;
    private final Field affinity;
    private final Field tolerationsField;
    private final List<Toleration> tolerations;
    private final List<Volume> volumes;
    private final List<PersistentVolumeClaim> claimTemplates;
    private final List<Container> containers;
    private final List<Container> initContainers;
    private final List<Container> all;
    private final String partialReason;
    private final boolean embedded;

    PodTemplate(ReadContext ctx, KubeObject object, TemplateSpec spec) {
        this.object = object;
        this.kind = spec.kind;
        this.embedded = !spec.embeddedIn.isEmpty();
        this.role = spec.embeddedIn + spec.role;
        this.roleSpan = spec.roleSpan;
        this.node = spec.node;
        this.span = ctx.span(spec.node);
        this.lifecycle = spec.lifecycle;
        this.replicas = spec.replicas;
        this.minReplicas = spec.minReplicas;
        this.maxReplicas = spec.maxReplicas;
        this.labels = spec.meta == null ? StringMap.empty() : StringMap.read(ctx, spec.meta, "labels", false);
        this.annotations = spec.meta == null ? StringMap.empty() : StringMap.read(ctx, spec.meta, "annotations", false);
        this.layers = List.copyOf(spec.layers);
        this.hasPodSpec = !layers.isEmpty();
        this.hostNetwork = firstBool(ctx, "hostNetwork");
        this.hostPID = firstBool(ctx, "hostPID");
        this.hostIPC = firstBool(ctx, "hostIPC");
        this.hostUsers = firstBool(ctx, "hostUsers");
        Field sa = firstString(ctx, "serviceAccountName");
        this.serviceAccountName = sa != null ? sa : firstString(ctx, "serviceAccount");
        this.automountServiceAccountToken = firstBool(ctx, "automountServiceAccountToken");
        this.runtimeClassName = firstString(ctx, "runtimeClassName");
        this.priorityClassName = firstString(ctx, "priorityClassName");
        this.restartPolicy = firstString(ctx, "restartPolicy");
        this.shareProcessNamespace = firstBool(ctx, "shareProcessNamespace");
        this.nodeName = firstString(ctx, "nodeName");
        this.securityContext = firstMapping(ctx, "securityContext");
        YamlMapping selectorLayer = firstLayerWith(ctx, "nodeSelector");
        this.nodeSelector = selectorLayer == null ? StringMap.empty() : StringMap.read(ctx, selectorLayer, "nodeSelector", false);
        this.affinity = firstMapping(ctx, "affinity");
        YamlMapping tolerationLayer = firstLayerWith(ctx, "tolerations");
        List<Toleration> tols = new ArrayList<>();
        if (tolerationLayer != null) {
            for (YamlMapping t : ctx.mappingItems(tolerationLayer, "tolerations")) {
                tols.add(Toleration.read(ctx, t));
            }
        }
        this.tolerationsField = tolerationLayer == null ? null : ctx.field(tolerationLayer, "tolerations").get();
        this.tolerations = List.copyOf(tols);
        List<Volume> vols = new ArrayList<>();
        for (YamlMapping layer : layers) {
            for (YamlMapping v : ctx.mappingItems(layer, "volumes")) {
                vols.add(Volume.read(ctx, v));
            }
        }
        this.volumes = List.copyOf(vols);
        this.claimTemplates = List.copyOf(spec.claimTemplates);
        PodVolumes podVolumes = new PodVolumes(volumes, claimTemplates);
        List<Container> main = new ArrayList<>();
        List<Container> init = new ArrayList<>();
        for (TemplateSpec.Source source : spec.sources) {
            List<Container> into = source.kind == ContainerKind.INIT ? init : main;
            if (source.single) {
                Optional<YamlMapping> c = ctx.mapping(source.parent, source.key);
                if (c.isPresent()) {
                    into.add(new Container(ctx, this, source.kind, 0, c.get(), ctx.field(source.parent, source.key).get(),
                            podVolumes, securityContext));
                }
            } else {
                int i = 0;
                for (YamlMapping c : ctx.mappingItems(source.parent, source.key)) {
                    into.add(new Container(ctx, this, source.kind, i++, c, null, podVolumes, securityContext));
                }
            }
        }
        this.containers = List.copyOf(main);
        this.initContainers = List.copyOf(init);
        List<Container> everything = new ArrayList<>(init.size() + main.size());
        everything.addAll(init);
        everything.addAll(main);
        this.all = List.copyOf(everything);
        this.partialReason = partialReason(spec);
    }

    private String partialReason(TemplateSpec spec) {
        if (spec.needsContainers && containers.isEmpty()) {
            return role + " without containers";
        }
        for (Container c : all) {
            if (c.hasPatchDirective()) {
                return c.displayName() + " holds a strategic-merge patch directive";
            }
            if (!c.imageFromRuntime() && c.image().isEmpty()) {
                return c.displayName() + " without `image`";
            }
        }
        for (YamlMapping layer : layers) {
            for (YamlEntry e : layer.entries()) {
                if (e.key() instanceof YamlScalar k && k.value().startsWith("$")) {
                    return role + " holds a strategic-merge patch directive";
                }
            }
        }
        return null;
    }

    private Field firstBool(ReadContext ctx, String key) {
        for (YamlMapping layer : layers) {
            Optional<Field> f = ctx.bool(layer, key);
            if (f.isPresent()) {
                return f.get();
            }
        }
        return null;
    }

    private Field firstString(ReadContext ctx, String key) {
        for (YamlMapping layer : layers) {
            Optional<Field> f = ctx.string(layer, key);
            if (f.isPresent()) {
                return f.get();
            }
        }
        return null;
    }

    private Field firstMapping(ReadContext ctx, String key) {
        for (YamlMapping layer : layers) {
            if (ctx.mapping(layer, key).isPresent()) {
                return ctx.field(layer, key).get();
            }
        }
        return null;
    }

    private YamlMapping firstLayerWith(ReadContext ctx, String key) {
        for (YamlMapping layer : layers) {
            if (ctx.field(layer, key).isPresent()) {
                return layer;
            }
        }
        return null;
    }

    public KubeObject object() {
        return object;
    }

    public TemplateKind kind() {
        return kind;
    }

    /**
     * What the template is within its object, for messages: "pod template", "head group", "worker
     * group `gpu-group`", "replica type `Worker`", "predictor", "template `train`", "trainer".
     */
    public String role() {
        return role;
    }

    /** Where the template is declared: its key ({@code template:}, {@code predictor:}, {@code Worker:}) or its name. */
    public Span roleSpan() {
        return roleSpan;
    }

    /** The template's mapping. */
    public Span span() {
        return span;
    }

    public YamlMapping node() {
        return node;
    }

    /** True when the template sits in an object embedded in another (a Katib Experiment's trial spec). */
    public boolean isEmbedded() {
        return embedded;
    }

    /**
     * How messages name the template: the object ("Deployment `web`") for the single pod template
     * of a core workload, else the object and the role ("RayCluster `demo` worker group `gpu`").
     */
    public String displayName() {
        if (kind == TemplateKind.POD || kind == TemplateKind.WORKLOAD) {
            return object.displayName();
        }
        return object.displayName() + " " + role;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** False for a TrainJob trainer: a container whose pod the training runtime describes. */
    public boolean hasPodSpec() {
        return hasPodSpec;
    }

    /**
     * The field that says how many pods run from this template, by kind: {@code spec.replicas}
     * (Deployment, StatefulSet, ReplicaSet, ReplicationController, LeaderWorkerSet groups),
     * {@code parallelism} (Job, CronJob), {@code replicas} of a Ray worker group, a Kubeflow
     * replica type or a JobSet replicated job (jobs), {@code numNodes} of a trainer,
     * {@code minReplicas} of a KServe component. Empty when not written (the API default applies,
     * usually 1; a DaemonSet runs one pod per node, see {@link Workload#runsOnEveryNode()}).
     */
    public Optional<Field> replicas() {
        return Optional.ofNullable(replicas);
    }

    /** {@code minReplicas} of a Ray worker group or a KServe component. */
    public Optional<Field> minReplicas() {
        return Optional.ofNullable(minReplicas);
    }

    /** {@code maxReplicas} of a Ray worker group or a KServe component (autoscaling bound). */
    public Optional<Field> maxReplicas() {
        return Optional.ofNullable(maxReplicas);
    }

    /** The pod labels as written: {@code template.metadata.labels}; a KServe component's {@code labels}. */
    public StringMap labels() {
        return labels;
    }

    /** The pod annotations as written. */
    public StringMap annotations() {
        return annotations;
    }

    /** Main containers in document order: {@code containers[]}, Argo sidecars, a model server, a trainer. */
    public List<Container> containers() {
        return containers;
    }

    /** {@code initContainers[]} in document order. */
    public List<Container> initContainers() {
        return initContainers;
    }

    /** Init containers, then the others. */
    public List<Container> allContainers() {
        return all;
    }

    /** The first container (of any kind) of that name. */
    public Optional<Container> container(String name) {
        for (Container c : all) {
            if (c.nameText().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The mapping this template's own pod-level fields are written in (the most specific layer); empty without a pod spec. */
    public Optional<YamlMapping> podSpec() {
        return layers.isEmpty() ? Optional.<YamlMapping>empty() : Optional.of(layers.get(0));
    }

    /** A pod-level field, looked up through the layers, whatever its type (for fields without an accessor). */
    public Optional<Field> podField(String key) {
        for (YamlMapping layer : layers) {
            for (YamlEntry e : layer.entries()) {
                if (e.key() instanceof YamlScalar k && k.value().equals(key)) {
                    YamlNode v = e.value();
                    if (v instanceof YamlScalar s && Scalars.isNull(s)) {
                        break;
                    }
                    return Optional.of(Field.entry(object.source(), e.key(), key, v));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Field> hostNetwork() {
        return Optional.ofNullable(hostNetwork);
    }

    public Optional<Field> hostPID() {
        return Optional.ofNullable(hostPID);
    }

    public Optional<Field> hostIPC() {
        return Optional.ofNullable(hostIPC);
    }

    /** {@code hostUsers} ({@code false} runs the pod in a user namespace). */
    public Optional<Field> hostUsers() {
        return Optional.ofNullable(hostUsers);
    }

    /** {@code serviceAccountName} (or the deprecated {@code serviceAccount}). */
    public Optional<Field> serviceAccountName() {
        return Optional.ofNullable(serviceAccountName);
    }

    public Optional<Field> automountServiceAccountToken() {
        return Optional.ofNullable(automountServiceAccountToken);
    }

    public Optional<Field> runtimeClassName() {
        return Optional.ofNullable(runtimeClassName);
    }

    public Optional<Field> priorityClassName() {
        return Optional.ofNullable(priorityClassName);
    }

    public Optional<Field> restartPolicy() {
        return Optional.ofNullable(restartPolicy);
    }

    public Optional<Field> shareProcessNamespace() {
        return Optional.ofNullable(shareProcessNamespace);
    }

    public Optional<Field> nodeName() {
        return Optional.ofNullable(nodeName);
    }

    /** The pod-level {@code securityContext:} entry (each container's effective view is {@link Container#securityContext()}). */
    public Optional<Field> securityContext() {
        return Optional.ofNullable(securityContext);
    }

    public StringMap nodeSelector() {
        return nodeSelector;
    }

    public Optional<Field> affinity() {
        return Optional.ofNullable(affinity);
    }

    /** True when {@code affinity.nodeAffinity} is written. */
    public boolean hasNodeAffinity() {
        return affinity != null && affinity.node() instanceof YamlMapping m && m.get("nodeAffinity").isPresent()
                && !(m.get("nodeAffinity").get() instanceof YamlScalar);
    }

    /** The {@code tolerations:} entry, when written. */
    public Optional<Field> tolerationsField() {
        return Optional.ofNullable(tolerationsField);
    }

    public List<Toleration> tolerations() {
        return tolerations;
    }

    public List<Volume> volumes() {
        return volumes;
    }

    /** The first volume of that name. */
    public Optional<Volume> volume(String name) {
        for (Volume v : volumes) {
            if (v.nameText().equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** StatefulSet {@code volumeClaimTemplates} (Argo Workflow {@code volumeClaimTemplates}): claims per pod that mounts can name. */
    public List<PersistentVolumeClaim> claimTemplates() {
        return claimTemplates;
    }

    /** True when this template (not its object) cannot be whole: see {@link #partialReason()}. */
    public boolean isPartial() {
        return partialReason != null || object.isPartial();
    }

    /**
     * Why the template, or its object, is only part of one: no containers, a container without an
     * image (where the API requires one), a strategic-merge patch directive, a kustomize patch file.
     */
    public Optional<String> partialReason() {
        if (partialReason != null) {
            return Optional.of(partialReason);
        }
        return object.partialReason();
    }

    /** The template's own reason, without its object's. */
    String ownPartialReason() {
        return partialReason;
    }

    @Override
    public String toString() {
        return "PodTemplate[" + displayName() + "]";
    }
}
