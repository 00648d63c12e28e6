package dev.bulwark.kubernetes;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Kubernetes object of a manifest file: a document that is a mapping with {@code apiVersion}
 * and {@code kind}, or an item of a {@code List}. It knows its identity (kind, name, namespace,
 * labels, annotations, with spans), its pod templates when its kind carries pods, a typed view for
 * the kinds rules look into (Service, Secret, PVC...), and whether it is only part of an object.
 */
public final class KubeObject {
    private static final List<String> CLUSTER_SCOPED = List.of("Namespace", "Node", "PersistentVolume", "ClusterRole",
            "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass", "PriorityClass", "RuntimeClass",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy",
            "ValidatingAdmissionPolicyBinding", "APIService", "IngressClass", "CSIDriver", "CSINode",
            "VolumeSnapshotClass", "ClusterIssuer", "ClusterServingRuntime", "ClusterTrainingRuntime",
            "ClusterWorkflowTemplate", "ClusterStorageContainer", "GatewayClass", "PodSecurityPolicy",
            "ClusterPodMonitoring");

    private final SourceText source;
    private final Path path;
    private final int documentIndex;
    private final int listIndex;
    private final YamlMapping root;
    private final Field apiVersion;
    private final Field kind;
    private final String group;
    private final String version;
    private final KnownKind knownKind;
    private final Field metadata;
    private final Field name;
    private final Field generateName;
    private final Field namespace;
    private final StringMap labels;
    private final StringMap annotations;
    private final List<PodTemplate> templates;
    private final Workload workload;
    private final Object view;
    private final String ownPartialReason;
    private final String filePartialReason;

    KubeObject(ReadContext ctx, Path path, int documentIndex, int listIndex, YamlMapping root, Field apiVersion,
               Field kind, String filePartialReason) {
        this.source = ctx.source();
        this.path = path;
        this.documentIndex = documentIndex;
        this.listIndex = listIndex;
        this.root = root;
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.group = ApiVersions.group(apiVersion.textOrEmpty());
        this.version = ApiVersions.version(apiVersion.textOrEmpty());
        this.knownKind = KnownKind.of(group, kind.textOrEmpty());
        this.filePartialReason = filePartialReason;
        Optional<YamlMapping> meta = ctx.mapping(root, "metadata");
        this.metadata = meta.isPresent() ? ctx.field(root, "metadata").get() : null;
        YamlMapping m = meta.orElse(null);
        this.name = ctx.string(m, "name").orElse(null);
        this.generateName = ctx.string(m, "generateName").orElse(null);
        this.namespace = ctx.string(m, "namespace").orElse(null);
        this.labels = m == null ? StringMap.empty() : StringMap.read(ctx, m, "labels", false);
        this.annotations = m == null ? StringMap.empty() : StringMap.read(ctx, m, "annotations", false);

        String missing = null;
        if (knownKind.carriesPods()) {
            TemplateLocator.Located located = new TemplateLocator(ctx).locate(knownKind, root, kind.textOrEmpty());
            List<PodTemplate> ts = new ArrayList<>(located.specs.size());
            for (TemplateSpec spec : located.specs) {
                ts.add(new PodTemplate(ctx, this, spec));
            }
            this.templates = List.copyOf(ts);
            this.workload = new Workload(this, templates, located.replicas, located.selector, located.serviceName,
                    located.claimTemplates, located.schedule);
            missing = located.missing;
        } else {
            this.templates = List.of();
            this.workload = null;
        }
        if (missing == null) {
            for (PodTemplate t : templates) {
                if (t.ownPartialReason() != null) {
                    missing = t.ownPartialReason();
                    break;
                }
            }
        }
        this.ownPartialReason = missing;
        this.view = typedView(ctx);
    }

    private Object typedView(ReadContext ctx) {
        switch (knownKind) {
            case SERVICE: return Service.read(ctx, this);
            case PERSISTENT_VOLUME_CLAIM: return PersistentVolumeClaim.read(ctx, root, this);
            case SECRET: return Secret.read(ctx, this);
            case CONFIG_MAP: return ConfigMap.read(ctx, this);
            case SERVICE_ACCOUNT: return ServiceAccount.read(ctx, this);
            case NAMESPACE: return new Namespace(this);
            case RESOURCE_QUOTA: return ResourceQuota.read(ctx, this);
            case LIMIT_RANGE: return LimitRange.read(ctx, this);
            case NETWORK_POLICY: return NetworkPolicy.read(ctx, this);
            case HORIZONTAL_POD_AUTOSCALER: return HorizontalPodAutoscaler.read(ctx, this);
            case SERVICE_MONITOR: case POD_MONITOR: case POD_MONITORING: case CLUSTER_POD_MONITORING:
            case VM_SERVICE_SCRAPE: case VM_POD_SCRAPE:
                return MetricsMonitor.read(ctx, this);
            default: return null;
        }
    }

    public SourceText source() {
        return source;
    }

    /** The file on disk, when known (not for standard input). */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The index of the YAML document in its file (0-based, counting empty documents). */
    public int documentIndex() {
        return documentIndex;
    }

    /** The index in the {@code items} of a {@code List}, when the object is a list item. */
    public Optional<Integer> listIndex() {
        return listIndex < 0 ? Optional.empty() : Optional.of(listIndex);
    }

    public YamlMapping root() {
        return root;
    }

    /** The whole object mapping. */
    public Span span() {
        return new Span(source, root.range());
    }

    Span span(YamlNode node) {
        return new Span(source, node.range());
    }

    public Field apiVersionField() {
        return apiVersion;
    }

    public String apiVersion() {
        return apiVersion.textOrEmpty();
    }

    /** The API group: {@code ""} for the core group ({@code apiVersion: v1}), {@code apps}, {@code ray.io}... */
    public String group() {
        return group;
    }

    public String version() {
        return version;
    }

    public Field kindField() {
        return kind;
    }

    public String kind() {
        return kind.textOrEmpty();
    }

    public KnownKind knownKind() {
        return knownKind;
    }

    public boolean is(KnownKind k) {
        return knownKind == k;
    }

    /** The {@code metadata:} entry, when written. */
    public Optional<Field> metadata() {
        return Optional.ofNullable(metadata);
    }

    public Optional<Field> name() {
        return Optional.ofNullable(name);
    }

    /** {@code metadata.name}, {@code ""} when missing. */
    public String nameText() {
        return name == null ? "" : name.textOrEmpty();
    }

    public Optional<Field> generateName() {
        return Optional.ofNullable(generateName);
    }

    /** {@code metadata.namespace} as written. Kustomize ({@code namespace:}) and Helm ({@code --namespace}) may set it later: see {@link ManifestSet#namespaceOf}. */
    public Optional<Field> namespace() {
        return Optional.ofNullable(namespace);
    }

    /** True for kinds that live outside namespaces (Namespace, ClusterRole, CRDs, StorageClass...). */
    public boolean isClusterScoped() {
        return CLUSTER_SCOPED.contains(kind());
    }

    public StringMap labels() {
        return labels;
    }

    public StringMap annotations() {
        return annotations;
    }

    /** "Deployment `web`", "Workflow `train-` (generateName)", or the kind alone. */
    public String displayName() {
        if (name != null && !name.textOrEmpty().isEmpty()) {
            return kind() + " `" + name.textOrEmpty() + "`";
        }
        if (generateName != null && !generateName.textOrEmpty().isEmpty()) {
            return kind() + " `" + generateName.textOrEmpty() + "` (generateName)";
        }
        return kind();
    }

    /** The best single place for a finding about the whole object: its name, else its generateName, else its kind. */
    public Span locator() {
        if (name != null) {
            return name.valueSpan();
        }
        if (generateName != null) {
            return generateName.valueSpan();
        }
        return kind.valueSpan();
    }

    /** The pod templates, in document order (empty for kinds that carry no pods). */
    public List<PodTemplate> podTemplates() {
        return templates;
    }

    /** The workload view, for kinds that carry pods ({@link KnownKind#carriesPods()}). */
    public Optional<Workload> workload() {
        return Optional.ofNullable(workload);
    }

    /**
     * True when the object is only part of one and must not be judged as whole: it is in a file a
     * kustomization names as a patch, or it cannot be whole (a workload without a pod template or
     * containers, a container without an image, a strategic-merge patch directive).
     */
    public boolean isPartial() {
        return filePartialReason != null || ownPartialReason != null;
    }

    /** Why the object is partial. */
    public Optional<String> partialReason() {
        return Optional.ofNullable(filePartialReason != null ? filePartialReason : ownPartialReason);
    }

    public Optional<Service> asService() {
        return view instanceof Service v ? Optional.of(v) : Optional.empty();
    }

    public Optional<PersistentVolumeClaim> asPersistentVolumeClaim() {
        return view instanceof PersistentVolumeClaim v ? Optional.of(v) : Optional.empty();
    }

    public Optional<Secret> asSecret() {
        return view instanceof Secret v ? Optional.of(v) : Optional.empty();
    }

    public Optional<ConfigMap> asConfigMap() {
        return view instanceof ConfigMap v ? Optional.of(v) : Optional.empty();
    }

    public Optional<ServiceAccount> asServiceAccount() {
        return view instanceof ServiceAccount v ? Optional.of(v) : Optional.empty();
    }

    public Optional<Namespace> asNamespace() {
        return view instanceof Namespace v ? Optional.of(v) : Optional.empty();
    }

    public Optional<ResourceQuota> asResourceQuota() {
        return view instanceof ResourceQuota v ? Optional.of(v) : Optional.empty();
    }

    public Optional<LimitRange> asLimitRange() {
        return view instanceof LimitRange v ? Optional.of(v) : Optional.empty();
    }

    public Optional<NetworkPolicy> asNetworkPolicy() {
        return view instanceof NetworkPolicy v ? Optional.of(v) : Optional.empty();
    }

    public Optional<MetricsMonitor> asMetricsMonitor() {
        return view instanceof MetricsMonitor v ? Optional.of(v) : Optional.empty();
    }

    public Optional<HorizontalPodAutoscaler> asHorizontalPodAutoscaler() {
        return view instanceof HorizontalPodAutoscaler v ? Optional.of(v) : Optional.empty();
    }

    @Override
    public String toString() {
        return "KubeObject[" + displayName() + " in " + source.path() + "]";
    }
}
