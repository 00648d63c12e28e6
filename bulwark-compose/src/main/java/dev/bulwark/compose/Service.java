package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service of the loaded project, after {@code extends}, overrides and the canonical forms of
 * NOTES 3.9: typed views of what rules ask about, each element keeping its span. The raw merged
 * mapping is {@link #node()}; anything without a view is there ({@link #get}, {@link #scalar}).
 *
 * <p>Values written with a variable that has no value here are {@link ComposeScalar#isUnresolved()
 * unresolved}: rules stay silent on them. A value that comes from elsewhere than the service's own
 * text (a YAML anchor, an {@code extends} base) is {@link #isOwnSpan(Span) not its own span}: a
 * finding there should name the service as a related location.
 */
public final class Service {
    private final String name;
    private final Span nameSpan;
    private final ComposeMapping node;
    private final List<Span> ownDefinitions;
    private final Optional<ComposeScalar> image;
    private final Optional<Build> build;
    private final Optional<CommandLine> command;
    private final Optional<CommandLine> entrypoint;
    private final Resources limits;
    private final Resources reservations;
    private final List<DeviceRequest> gpus;
    private final List<DeviceMapping> devices;
    private final List<PortMapping> ports;
    private final List<VolumeMount> volumes;
    private final List<TmpfsMount> tmpfs;
    private final List<Dependency> dependsOn;
    private final List<FileMount> secrets;
    private final List<FileMount> configs;
    private final List<KeyValue> environment;
    private final List<EnvFileRef> envFiles;
    private final Map<String, ResolvedEnvVar> resolvedEnvironment;
    private final List<KeyValue> labels;
    private final Optional<Healthcheck> healthcheck;

    Service(String name, Span nameSpan, ComposeMapping node, List<Span> ownDefinitions, Optional<ComposeScalar> image, Optional<Build> build,
            Optional<CommandLine> command, Optional<CommandLine> entrypoint, Resources limits, Resources reservations,
            List<DeviceRequest> gpus, List<DeviceMapping> devices, List<PortMapping> ports, List<VolumeMount> volumes,
            List<TmpfsMount> tmpfs, List<Dependency> dependsOn, List<FileMount> secrets, List<FileMount> configs,
            List<KeyValue> environment, List<EnvFileRef> envFiles, Map<String, ResolvedEnvVar> resolvedEnvironment,
            List<KeyValue> labels, Optional<Healthcheck> healthcheck) {
        this.name = name;
        this.nameSpan = nameSpan;
        this.node = node;
        this.ownDefinitions = List.copyOf(ownDefinitions);
        this.image = image;
        this.build = build;
        this.command = command;
        this.entrypoint = entrypoint;
        this.limits = limits;
        this.reservations = reservations;
        this.gpus = List.copyOf(gpus);
        this.devices = List.copyOf(devices);
        this.ports = List.copyOf(ports);
        this.volumes = List.copyOf(volumes);
        this.tmpfs = List.copyOf(tmpfs);
        this.dependsOn = List.copyOf(dependsOn);
        this.secrets = List.copyOf(secrets);
        this.configs = List.copyOf(configs);
        this.environment = List.copyOf(environment);
        this.envFiles = List.copyOf(envFiles);
        this.resolvedEnvironment = resolvedEnvironment;
        this.labels = List.copyOf(labels);
        this.healthcheck = healthcheck;
    }

    // ------------------------------------------------------------ identity and raw access

    public String name() {
        return name;
    }

    /** The service's key where it is first defined. */
    public Span nameSpan() {
        return nameSpan;
    }

    /** The merged mapping (without {@code extends}). */
    public ComposeMapping node() {
        return node;
    }

    /** Every text that defined the service: its own first, then extends bases and override files merged in. */
    public List<Span> definitions() {
        List<Span> all = new ArrayList<>();
        all.add(node.span());
        all.addAll(node.mergedFrom());
        return all;
    }

    /** The service's own definitions: its first one and those of override files, not extends bases. */
    public List<Span> ownDefinitions() {
        return ownDefinitions;
    }

    /**
     * True when {@code span} lies inside one of the service's own definitions: false for a value
     * inherited through a YAML anchor defined elsewhere or through {@code extends}, where a finding
     * should name the service as a related location.
     */
    public boolean isOwnSpan(Span span) {
        if (nameSpan.contains(span)) {
            return true;
        }
        for (Span s : ownDefinitions) {
            if (s.contains(span)) {
                return true;
            }
        }
        return false;
    }

    public Optional<ComposeNode> get(String key) {
        return node.get(key);
    }

    public Optional<ComposeEntry> entry(String key) {
        return node.entry(key);
    }

    /** A scalar attribute other than null. */
    public Optional<ComposeScalar> scalar(String key) {
        return node.nonNullScalar(key);
    }

    /** A string or list-of-strings attribute ({@code cap_add}, {@code security_opt}, {@code profiles}...). */
    public List<ComposeScalar> strings(String key) {
        Optional<ComposeNode> n = node.get(key);
        return n.isPresent() ? Nodes.strings(n.get()) : List.<ComposeScalar>of();
    }

    // ------------------------------------------------------------ image and build

    public Optional<ComposeScalar> image() {
        return image;
    }

    /** The image split into registry, repository, tag and digest (check {@link ComposeScalar#isUnresolved()} first). */
    public Optional<ImageRef> imageRef() {
        return image.isPresent() ? Optional.of(ImageRef.parse(image.get().value())) : Optional.<ImageRef>empty();
    }

    public Optional<Build> build() {
        return build;
    }

    public Optional<CommandLine> command() {
        return command;
    }

    public Optional<CommandLine> entrypoint() {
        return entrypoint;
    }

    // ------------------------------------------------------------ security and runtime

    public Optional<ComposeScalar> user() {
        return scalar("user");
    }

    public Optional<ComposeScalar> privileged() {
        return scalar("privileged");
    }

    public boolean isPrivileged() {
        Optional<ComposeScalar> p = privileged();
        return p.isPresent() && p.get().isTrue();
    }

    public Optional<ComposeScalar> readOnly() {
        return scalar("read_only");
    }

    public boolean isReadOnly() {
        Optional<ComposeScalar> r = readOnly();
        return r.isPresent() && r.get().isTrue();
    }

    public List<ComposeScalar> capAdd() {
        return strings("cap_add");
    }

    public List<ComposeScalar> capDrop() {
        return strings("cap_drop");
    }

    public List<ComposeScalar> securityOpt() {
        return strings("security_opt");
    }

    public Optional<ComposeScalar> networkMode() {
        return scalar("network_mode");
    }

    public Optional<ComposeScalar> pid() {
        return scalar("pid");
    }

    public Optional<ComposeScalar> ipc() {
        return scalar("ipc");
    }

    public Optional<ComposeScalar> shmSize() {
        return scalar("shm_size");
    }

    public Optional<ComposeScalar> runtime() {
        return scalar("runtime");
    }

    public Optional<ComposeScalar> restart() {
        return scalar("restart");
    }

    public List<ComposeScalar> profiles() {
        return strings("profiles");
    }

    public List<ComposeScalar> expose() {
        return strings("expose");
    }

    // ------------------------------------------------------------ resources

    /** {@code deploy.resources.limits}. */
    public Resources limits() {
        return limits;
    }

    /** {@code deploy.resources.reservations}, devices included. */
    public Resources reservations() {
        return reservations;
    }

    /** Legacy {@code mem_limit}. */
    public Optional<ComposeScalar> memLimit() {
        return scalar("mem_limit");
    }

    public Optional<ComposeScalar> memswapLimit() {
        return scalar("memswap_limit");
    }

    public Optional<ComposeScalar> memReservation() {
        return scalar("mem_reservation");
    }

    /** Legacy {@code cpus}. */
    public Optional<ComposeScalar> cpus() {
        return scalar("cpus");
    }

    public Optional<ComposeScalar> cpuQuota() {
        return scalar("cpu_quota");
    }

    public Optional<ComposeScalar> cpuShares() {
        return scalar("cpu_shares");
    }

    public Optional<ComposeScalar> pidsLimit() {
        return scalar("pids_limit");
    }

    /** The memory limit in effect: {@code deploy.resources.limits.memory}, else {@code mem_limit}. */
    public Optional<ComposeScalar> memoryLimit() {
        return limits.memory().isPresent() ? limits.memory() : memLimit();
    }

    /**
     * The CPU limit in effect: {@code deploy.resources.limits.cpus}, else {@code cpus}, else
     * {@code cpu_quota}, else the Windows-only {@code cpu_count}/{@code cpu_percent}.
     * ({@code cpu_shares} is a relative weight, not a limit.)
     */
    public Optional<ComposeScalar> cpuLimit() {
        if (limits.cpus().isPresent()) {
            return limits.cpus();
        }
        if (cpus().isPresent()) {
            return cpus();
        }
        if (cpuQuota().isPresent()) {
            return cpuQuota();
        }
        Optional<ComposeScalar> count = scalar("cpu_count");
        return count.isPresent() ? count : scalar("cpu_percent");
    }

    public boolean hasMemoryLimit() {
        return memoryLimit().isPresent();
    }

    public boolean hasCpuLimit() {
        return cpuLimit().isPresent();
    }

    // ------------------------------------------------------------ GPUs and devices (NOTES 3.10)

    /** Every device request: {@code deploy.resources.reservations.devices} then {@code gpus}. */
    public List<DeviceRequest> deviceRequests() {
        List<DeviceRequest> all = new ArrayList<>(reservations.devices());
        all.addAll(gpus);
        return all;
    }

    /** The device requests that ask for GPUs ({@link DeviceRequest#isGpu()}). */
    public List<DeviceRequest> gpuRequests() {
        List<DeviceRequest> result = new ArrayList<>();
        for (DeviceRequest r : deviceRequests()) {
            if (r.isGpu()) {
                result.add(r);
            }
        }
        return result;
    }

    /** GPUs requested the current way: a GPU device reservation, {@code gpus:}, or a CDI GPU device. */
    public boolean requestsGpu() {
        if (!gpuRequests().isEmpty()) {
            return true;
        }
        for (DeviceMapping d : devices) {
            if (d.isCdi() && d.source().contains("gpu")) {
                return true;
            }
        }
        return false;
    }

    /** Legacy {@code runtime: nvidia}. */
    public boolean usesNvidiaRuntime() {
        Optional<ComposeScalar> r = runtime();
        return r.isPresent() && r.get().value().equals("nvidia");
    }

    public List<DeviceMapping> devices() {
        return devices;
    }

    // ------------------------------------------------------------ network, storage, dependencies

    public List<PortMapping> ports() {
        return ports;
    }

    public List<VolumeMount> volumes() {
        return volumes;
    }

    /** The {@code tmpfs} attribute's entries (tmpfs volumes are in {@link #volumes()}). */
    public List<TmpfsMount> tmpfs() {
        return tmpfs;
    }

    /** Every mount: volumes then tmpfs entries. */
    public List<Mount> mounts() {
        List<Mount> all = new ArrayList<>(volumes);
        all.addAll(tmpfs);
        return all;
    }

    /** The mount whose target is {@code containerPath} or its closest parent, if any. */
    public Optional<Mount> mountCovering(String containerPath) {
        String path = Nodes.cleanPath(containerPath);
        Mount best = null;
        for (Mount m : mounts()) {
            String t = m.target();
            boolean covers = path.equals(t) || t.equals("/") || path.startsWith(t.endsWith("/") ? t : t + "/");
            if (covers && (best == null || t.length() > best.target().length())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Dependency> dependsOn() {
        return dependsOn;
    }

    public List<FileMount> secrets() {
        return secrets;
    }

    public List<FileMount> configs() {
        return configs;
    }

    // ------------------------------------------------------------ environment and labels

    /** The {@code environment} entries as written (list or mapping form). */
    public List<KeyValue> environment() {
        return environment;
    }

    public Optional<KeyValue> environment(String key) {
        for (KeyValue kv : environment) {
            if (kv.key().equals(key)) {
                return Optional.of(kv);
            }
        }
        return Optional.empty();
    }

    public List<EnvFileRef> envFiles() {
        return envFiles;
    }

    /** The container environment as Compose computes it: env files, then {@code environment} on top. */
    public Map<String, ResolvedEnvVar> resolvedEnvironment() {
        return resolvedEnvironment;
    }

    public List<KeyValue> labels() {
        return labels;
    }

    public Optional<Healthcheck> healthcheck() {
        return healthcheck;
    }

    @Override
    public String toString() {
        return "Service[" + name + "]";
    }
}
