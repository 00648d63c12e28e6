package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One container of a {@link PodTemplate}, whatever API it is written in: a {@code containers[]}
 * or {@code initContainers[]} item, an Argo {@code container}/{@code script}/{@code sidecars[]},
 * a KServe model spec ({@code predictor.model}), a Trainer v2 {@code spec.trainer}. Every field
 * keeps the span where it is written.
 */
public final class Container {
    private final PodTemplate template;
    private final ContainerKind kind;
    private final int index;
    private final YamlMapping node;
    private final Span span;
    private final Field entry;
    private final Field name;
    private final Field image;
    private final boolean imageFromRuntime;
    private final Field imagePullPolicy;
    private final Field commandField;
    private final List<Field> command;
    private final Field argsField;
    private final List<Field> args;
    private final Field scriptSource;
    private final Field workingDir;
    private final Field envField;
    private final List<EnvVar> env;
    private final List<EnvFrom> envFrom;
    private final List<ContainerPort> ports;
    private final Probe liveness;
    private final Probe readiness;
    private final Probe startup;
    private final Resources resources;
    private final SecurityContext securityContext;
    private final List<VolumeMount> volumeMounts;
    private final Field restartPolicy;
    private final Field storageUri;
    private final Field modelFormat;
    private final Field runtime;
    private final boolean patchDirective;

    /**
     * Reads a container. {@code entry} is the key holding a single container ({@code container:},
     * {@code model:}, {@code trainer:}), null for a list item.
     */
    Container(ReadContext ctx, PodTemplate template, ContainerKind kind, int index, YamlMapping node, Field entry,
              PodVolumes volumes, Field podSecurityContext) {
        this.template = template;
        this.kind = kind;
        this.index = index;
        this.node = node;
        this.span = ctx.span(node);
        this.entry = entry;
        this.name = ctx.string(node, "name").orElse(null);
        this.image = ctx.string(node, "image").orElse(null);
        this.imageFromRuntime = kind == ContainerKind.MODEL_SERVER || kind == ContainerKind.TRAINER;
        this.imagePullPolicy = ctx.string(node, "imagePullPolicy").orElse(null);
        this.command = ctx.stringList(node, "command");
        this.commandField = ctx.field(node, "command").orElse(null);
        this.args = ctx.stringList(node, "args");
        this.argsField = ctx.field(node, "args").orElse(null);
        this.scriptSource = ctx.string(node, "source").orElse(null);
        this.workingDir = ctx.string(node, "workingDir").orElse(null);
        this.envField = ctx.field(node, "env").orElse(null);
        List<EnvVar> envs = new ArrayList<>();
        for (YamlMapping e : ctx.mappingItems(node, "env")) {
            envs.add(EnvVar.read(ctx, e));
        }
        this.env = List.copyOf(envs);
        List<EnvFrom> froms = new ArrayList<>();
        for (YamlMapping e : ctx.mappingItems(node, "envFrom")) {
            froms.add(EnvFrom.read(ctx, e));
        }
        this.envFrom = List.copyOf(froms);
        List<ContainerPort> ps = new ArrayList<>();
        for (YamlMapping p : ctx.mappingItems(node, "ports")) {
            ps.add(ContainerPort.read(ctx, p));
        }
        this.ports = List.copyOf(ps);
        this.liveness = Probe.read(ctx, node, Probe.Kind.LIVENESS).orElse(null);
        this.readiness = Probe.read(ctx, node, Probe.Kind.READINESS).orElse(null);
        this.startup = Probe.read(ctx, node, Probe.Kind.STARTUP).orElse(null);
        this.resources = Resources.read(ctx, node, kind == ContainerKind.TRAINER ? "resourcesPerNode" : "resources");
        this.securityContext = SecurityContext.read(ctx, node, podSecurityContext);
        List<VolumeMount> mounts = new ArrayList<>();
        for (YamlMapping m : ctx.mappingItems(node, "volumeMounts")) {
            mounts.add(VolumeMount.read(ctx, m, volumes));
        }
        this.volumeMounts = List.copyOf(mounts);
        this.restartPolicy = ctx.string(node, "restartPolicy").orElse(null);
        this.storageUri = ctx.string(node, "storageUri").orElse(null);
        Optional<YamlMapping> format = ctx.mapping(node, "modelFormat");
        this.modelFormat = format.isPresent() ? ctx.string(format.get(), "name").orElse(null) : null;
        this.runtime = ctx.string(node, "runtime").orElse(null);
        this.patchDirective = hasPatchDirective(node);
    }

    private static boolean hasPatchDirective(YamlMapping node) {
        for (YamlEntry e : node.entries()) {
            if (e.key() instanceof YamlScalar k && k.value().startsWith("$")) {
                return true;
            }
        }
        return false;
    }

    public PodTemplate template() {
        return template;
    }

    public ContainerKind kind() {
        return kind;
    }

    /** True for an {@code initContainers[]} item. */
    public boolean isInit() {
        return kind == ContainerKind.INIT;
    }

    /**
     * True for a restartable init container ({@code restartPolicy: Always}): a native sidecar
     * that runs beside the main containers for the pod's whole life (Kubernetes 1.29+).
     */
    public boolean isNativeSidecar() {
        return kind == ContainerKind.INIT && restartPolicy != null && restartPolicy.textOrEmpty().equals("Always");
    }

    /** Position in its list (0 for a single container). */
    public int index() {
        return index;
    }

    public YamlMapping node() {
        return node;
    }

    /** The whole container mapping. */
    public Span span() {
        return span;
    }

    /** The key of a single container ({@code container:}, {@code model:}, {@code trainer:}); empty for a list item. */
    public Optional<Field> entry() {
        return Optional.ofNullable(entry);
    }

    public Optional<Field> name() {
        return Optional.ofNullable(name);
    }

    /** The container's name, {@code ""} when unnamed. */
    public String nameText() {
        return name == null ? "" : name.textOrEmpty();
    }

    /**
     * How messages name the container: "container `app`", "init container `setup`", "sidecar
     * `proxy`", "model server (`pytorch`)", "trainer"; "container #2" when unnamed.
     */
    public String displayName() {
        String n = nameText();
        switch (kind) {
            case INIT:
                return n.isEmpty() ? "init container #" + (index + 1) : "init container `" + n + "`";
            case SIDECAR:
                return n.isEmpty() ? "sidecar #" + (index + 1) : "sidecar `" + n + "`";
            case MODEL_SERVER:
                return n.isEmpty() ? "model server (`" + (entry == null ? "model" : entry.key()) + "`)"
                        : "model server `" + n + "`";
            case TRAINER:
                return "trainer";
            default:
                if (!n.isEmpty()) {
                    return "container `" + n + "`";
                }
                return entry != null ? "`" + entry.key() + "` container" : "container #" + (index + 1);
        }
    }

    /** The best single place for a finding about the whole container: its name, else its image, else its key, else its first line. */
    public Span locator() {
        if (name != null) {
            return name.valueSpan();
        }
        if (image != null) {
            return image.valueSpan();
        }
        if (entry != null) {
            return entry.keySpan();
        }
        return span();
    }

    public Optional<Field> image() {
        return Optional.ofNullable(image);
    }

    /** The image reference as written, {@code ""} when absent. */
    public String imageText() {
        return image == null ? "" : image.textOrEmpty();
    }

    /**
     * True when the API lets the platform supply the image (a KServe model spec takes it from the
     * ServingRuntime, a TrainJob trainer from the training runtime): a missing image is normal.
     */
    public boolean imageFromRuntime() {
        return imageFromRuntime;
    }

    public Optional<Field> imagePullPolicy() {
        return Optional.ofNullable(imagePullPolicy);
    }

    /** The {@code command:} entry, when written. */
    public Optional<Field> commandField() {
        return Optional.ofNullable(commandField);
    }

    /** {@code command} items (the entrypoint override). */
    public List<Field> command() {
        return command;
    }

    public Optional<Field> argsField() {
        return Optional.ofNullable(argsField);
    }

    /** {@code args} items. */
    public List<Field> args() {
        return args;
    }

    /** An Argo {@code script} template's {@code source} (the script run by {@code command}). */
    public Optional<Field> scriptSource() {
        return Optional.ofNullable(scriptSource);
    }

    public Optional<Field> workingDir() {
        return Optional.ofNullable(workingDir);
    }

    /** The {@code env:} entry, when written. */
    public Optional<Field> envField() {
        return Optional.ofNullable(envField);
    }

    public List<EnvVar> env() {
        return env;
    }

    /** The first variable of that name. */
    public Optional<EnvVar> env(String variable) {
        for (EnvVar e : env) {
            if (e.name().equals(variable)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public List<EnvFrom> envFrom() {
        return envFrom;
    }

    public List<ContainerPort> ports() {
        return ports;
    }

    /** The port of that name. */
    public Optional<ContainerPort> port(String portName) {
        for (ContainerPort p : ports) {
            if (p.nameText().equals(portName)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** True when {@code ports} declares that container port number. */
    public boolean declaresPort(long number) {
        for (ContainerPort p : ports) {
            OptionalLong n = p.number();
            if (n.isPresent() && n.getAsLong() == number) {
                return true;
            }
        }
        return false;
    }

    public Optional<Probe> livenessProbe() {
        return Optional.ofNullable(liveness);
    }

    public Optional<Probe> readinessProbe() {
        return Optional.ofNullable(readiness);
    }

    public Optional<Probe> startupProbe() {
        return Optional.ofNullable(startup);
    }

    /** The probes written, in the order liveness, readiness, startup. */
    public List<Probe> probes() {
        List<Probe> probes = new ArrayList<>(3);
        if (liveness != null) {
            probes.add(liveness);
        }
        if (readiness != null) {
            probes.add(readiness);
        }
        if (startup != null) {
            probes.add(startup);
        }
        return probes;
    }

    /** {@code resources} ({@code resourcesPerNode} for a trainer). */
    public Resources resources() {
        return resources;
    }

    /** The security context in effect: this container's over the pod's. */
    public SecurityContext securityContext() {
        return securityContext;
    }

    public List<VolumeMount> volumeMounts() {
        return volumeMounts;
    }

    /** The mount whose path is exactly {@code path} (trailing slashes ignored). */
    public Optional<VolumeMount> mountAt(String path) {
        String want = trimSlash(path);
        for (VolumeMount m : volumeMounts) {
            if (trimSlash(m.path()).equals(want)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The mount whose path is {@code path} or a parent folder of it, the deepest first. */
    public Optional<VolumeMount> mountCovering(String path) {
        String want = trimSlash(path);
        VolumeMount best = null;
        for (VolumeMount m : volumeMounts) {
            String p = trimSlash(m.path());
            boolean covers = p.equals(want) || p.equals("/") || want.startsWith(p + "/");
            if (covers && (best == null || p.length() > trimSlash(best.path()).length())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String trimSlash(String p) {
        String s = p;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** A container's own {@code restartPolicy} (only {@code Always}, on init containers: a native sidecar). */
    public Optional<Field> restartPolicy() {
        return Optional.ofNullable(restartPolicy);
    }

    /** KServe model spec {@code storageUri} (where the model is downloaded from). */
    public Optional<Field> storageUri() {
        return Optional.ofNullable(storageUri);
    }

    /** KServe {@code model.modelFormat.name} ({@code sklearn}, {@code pytorch}, {@code huggingface}...). */
    public Optional<Field> modelFormat() {
        return Optional.ofNullable(modelFormat);
    }

    /** KServe {@code model.runtime} (the ServingRuntime name). */
    public Optional<Field> runtime() {
        return Optional.ofNullable(runtime);
    }

    /** True when the container holds a strategic-merge patch directive ({@code $patch}...): it is part of a patch. */
    boolean hasPatchDirective() {
        return patchDirective;
    }

    @Override
    public String toString() {
        return "Container[" + displayName() + " " + imageText() + "]";
    }
}
