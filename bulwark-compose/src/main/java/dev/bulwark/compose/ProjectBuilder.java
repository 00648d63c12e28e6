package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Builds the canonical views of a loaded model (NOTES 3.9-3.11; CG {@code transform/*.go}) and
 * reports the values Compose would refuse while reading them: ports, volumes, devices,
 * durations, byte sizes, healthcheck tests, mutually exclusive attributes. A value that depends on
 * an unresolved variable is never reported: its real value is unknown here.
 */
final class ProjectBuilder {
    private final LoadSession session;
    private final ProjectEnvironment env;
    private final Set<Span> extendsBases;

    ProjectBuilder(LoadSession session, ProjectEnvironment env, Set<Span> extendsBases) {
        this.session = session;
        this.env = env;
        this.extendsBases = extendsBases;
    }

    ComposeProject build(String name, Optional<Path> dir, List<ComposeInput> inputs, ComposeMapping model,
                         List<ComposeEntry> versionKeys) {
        List<Service> services = new ArrayList<>();
        Optional<ComposeMapping> servicesNode = model.mapping("services");
        if (servicesNode.isPresent()) {
            for (ComposeEntry e : servicesNode.get().entries()) {
                if (e.value() instanceof ComposeMapping m) {
                    services.add(service(e.key(), e.keySpan(), m));
                }
            }
        }
        List<NamedResource> volumes = namedResources(model, "volumes");
        List<NamedResource> networks = namedResources(model, "networks");
        List<FileObject> secrets = fileObjects(model, "secrets", false);
        List<FileObject> configs = fileObjects(model, "configs", true);
        List<SourceText> files = new ArrayList<>();
        for (ComposeInput input : inputs) {
            files.add(input.source());
        }
        return new ComposeProject(name, dir, files, session.sources(), model, env, services, volumes, networks,
                secrets, configs, versionKeys, session.problems());
    }

    // ---------------------------------------------------------------- top level

    private static List<NamedResource> namedResources(ComposeMapping model, String kind) {
        List<NamedResource> result = new ArrayList<>();
        Optional<ComposeMapping> m = model.mapping(kind);
        if (m.isPresent()) {
            for (ComposeEntry e : m.get().entries()) {
                result.add(new NamedResource(e.key(), e.keySpan(), e.value()));
            }
        }
        return result;
    }

    /** Top-level secrets/configs; CG checks {@code file}, {@code environment} (and {@code content}) are exclusive. */
    private List<FileObject> fileObjects(ComposeMapping model, String kind, boolean allowContent) {
        List<FileObject> result = new ArrayList<>();
        Optional<ComposeMapping> m = model.mapping(kind);
        if (m.isEmpty()) {
            return result;
        }
        for (ComposeEntry e : m.get().entries()) {
            Optional<Path> filePath = Optional.empty();
            if (e.value() instanceof ComposeMapping object) {
                int sources = 0;
                for (String key : allowContent ? new String[] {"file", "environment", "content"}
                        : new String[] {"file", "environment"}) {
                    if (object.has(key)) {
                        sources++;
                    }
                }
                String names = allowContent ? "`file`, `environment` or `content`" : "`file` or `environment`";
                if (sources > 1) {
                    session.problem(ProblemKind.STRUCTURE, e.keySpan(), kind + " `" + e.key() + "` sets more than one of " + names);
                } else if (sources == 0 && !object.has("external") && !object.has("driver")) {
                    session.problem(ProblemKind.STRUCTURE, e.keySpan(), kind + " `" + e.key() + "` needs " + names);
                }
                Optional<ComposeScalar> file = object.nonNullScalar("file");
                if (file.isPresent() && !file.get().isUnresolved()) {
                    filePath = session.resolve(file.get().value(), file.get().span());
                }
            }
            result.add(new FileObject(e.key(), e.keySpan(), e.value(), filePath));
        }
        return result;
    }

    // ---------------------------------------------------------------- services

    private Service service(String name, Span nameSpan, ComposeMapping m) {
        List<Span> own = new ArrayList<>();
        own.add(m.span());
        for (Span s : m.mergedFrom()) {
            if (!extendsBases.contains(s)) {
                own.add(s);
            }
        }
        Optional<ComposeMapping> deploy = m.mapping("deploy");
        Optional<ComposeMapping> resources = deploy.isPresent() ? deploy.get().mapping("resources") : Optional.<ComposeMapping>empty();
        Resources limits = resources(resources.isPresent() ? resources.get().mapping("limits") : Optional.<ComposeMapping>empty(), false);
        Resources reservations = resources(resources.isPresent() ? resources.get().mapping("reservations")
                : Optional.<ComposeMapping>empty(), true);
        for (String key : new String[] {"mem_limit", "memswap_limit", "mem_reservation", "shm_size"}) {
            checkBytes(m.nonNullScalar(key));
        }
        checkDuration(m.nonNullScalar("stop_grace_period"));
        List<KeyValue> environment = m.get("environment").isPresent() ? KeyValues.read(m.get("environment").get())
                : List.<KeyValue>of();
        List<EnvFileRef> envFiles = envFiles(m, environment);
        return new Service(name, nameSpan, m, own, m.nonNullScalar("image"), build(m), command(m.get("command")),
                command(m.get("entrypoint")), limits, reservations, gpus(m), devices(m), ports(m), volumes(m), tmpfs(m),
                dependsOn(m), fileMounts(m.get("secrets"), true), fileMounts(m.get("configs"), false), environment,
                envFiles, resolvedEnvironment(environment, envFiles),
                m.get("labels").isPresent() ? KeyValues.read(m.get("labels").get()) : List.<KeyValue>of(),
                healthcheck(m));
    }

    private Optional<Build> build(ComposeMapping service) {
        Optional<ComposeNode> node = service.get("build");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Optional<ComposeScalar> context = Optional.empty();
        Optional<ComposeScalar> dockerfile = Optional.empty();
        Optional<ComposeScalar> inline = Optional.empty();
        Optional<ComposeScalar> target = Optional.empty();
        List<KeyValue> args = List.of();
        List<FileMount> secrets = List.of();
        List<KeyValue> contexts = List.of();
        if (node.get() instanceof ComposeScalar s) {
            if (s.type() == ScalarType.NULL) {
                return Optional.empty();
            }
            context = Optional.of(s);
        } else if (node.get() instanceof ComposeMapping b) {
            context = b.nonNullScalar("context");
            dockerfile = b.nonNullScalar("dockerfile");
            inline = b.nonNullScalar("dockerfile_inline");
            target = b.nonNullScalar("target");
            args = b.get("args").isPresent() ? KeyValues.read(b.get("args").get()) : List.<KeyValue>of();
            secrets = fileMounts(b.get("secrets"), true);
            contexts = b.get("additional_contexts").isPresent() ? KeyValues.read(b.get("additional_contexts").get())
                    : List.<KeyValue>of();
            checkBytes(b.nonNullScalar("shm_size"));
        } else {
            return Optional.empty();
        }
        String contextText = context.isPresent() ? context.get().value() : ".";
        Optional<Path> contextPath = Optional.empty();
        boolean unresolved = context.isPresent() && context.get().isUnresolved();
        if (!unresolved && !Build.isRemote(contextText)) {
            contextPath = session.resolve(contextText, context.isPresent() ? context.get().span() : node.get().span());
        }
        Optional<Path> dockerfilePath = Optional.empty();
        if (inline.isEmpty() && contextPath.isPresent() && (dockerfile.isEmpty() || !dockerfile.get().isUnresolved())) {
            String name = dockerfile.isPresent() ? dockerfile.get().value() : "Dockerfile";
            try {
                Path p = Path.of(name);
                dockerfilePath = Optional.of(p.isAbsolute() ? p.normalize() : contextPath.get().resolve(p).normalize());
            } catch (java.nio.file.InvalidPathException e) {
                dockerfilePath = Optional.empty();
            }
        }
        return Optional.of(new Build(node.get(), context, dockerfile, inline, target, args, secrets, contexts,
                contextPath, dockerfilePath, dockerfileText(inline, dockerfilePath)));
    }

    /** The built image's Dockerfile, read quietly: a missing or unreadable one is no problem of the Compose file. */
    private Optional<SourceText> dockerfileText(Optional<ComposeScalar> inline, Optional<Path> dockerfilePath) {
        if (inline.isPresent()) {
            ComposeScalar s = inline.get();
            return s.isUnresolved() ? Optional.<SourceText>empty()
                    : Optional.of(new SourceText(s.span().path() + " (dockerfile_inline)", s.value()));
        }
        if (dockerfilePath.isEmpty()) {
            return Optional.empty();
        }
        FileContent content = session.read(dockerfilePath.get());
        return content instanceof FileContent.Found found ? Optional.of(found.source()) : Optional.<SourceText>empty();
    }

    private static Optional<CommandLine> command(Optional<ComposeNode> node) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        List<Word> words = new ArrayList<>();
        if (node.get() instanceof ComposeScalar s) {
            if (s.type() != ScalarType.NULL) {
                for (ShellWords.Piece piece : ShellWords.split(s.value())) {
                    words.add(new Word(piece.text, s.subSpan(piece.start, piece.end)));
                }
            }
        } else if (node.get() instanceof ComposeSequence seq) {
            for (ComposeNode item : seq.items()) {
                if (item instanceof ComposeScalar s && s.type() != ScalarType.NULL) {
                    words.add(new Word(s.value(), s.span()));
                }
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(new CommandLine(node.get(), words));
    }

    private Resources resources(Optional<ComposeMapping> node, boolean reservations) {
        if (node.isEmpty()) {
            return Resources.none();
        }
        ComposeMapping m = node.get();
        Optional<ComposeScalar> cpus = m.nonNullScalar("cpus");
        if (cpus.isPresent() && cpus.get().type() == ScalarType.STRING && !cpus.get().isUnresolved()
                && cpus.get().asDouble().isEmpty()) {
            session.problem(ProblemKind.INVALID_VALUE, cpus.get().span(), "`" + cpus.get().value() + "` is not a number of CPUs");
        }
        Optional<ComposeScalar> memory = m.nonNullScalar("memory");
        checkBytes(memory);
        List<DeviceRequest> devices = new ArrayList<>();
        if (reservations && m.get("devices").isPresent() && m.get("devices").get() instanceof ComposeSequence seq) {
            for (ComposeNode item : seq.items()) {
                if (item instanceof ComposeMapping d) {
                    devices.add(deviceRequest(d, DeviceRequest.Origin.DEPLOY_RESERVATION));
                }
            }
        }
        return new Resources(node, cpus, memory, m.nonNullScalar("pids"), devices);
    }

    private List<DeviceRequest> gpus(ComposeMapping service) {
        List<DeviceRequest> result = new ArrayList<>();
        Optional<ComposeNode> node = service.get("gpus");
        if (node.isEmpty()) {
            return result;
        }
        if (node.get() instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
            // `gpus: all` is canonicalised by CG to [{count: all}].
            result.add(new DeviceRequest(s, DeviceRequest.Origin.GPUS, List.<ComposeScalar>of(), Optional.<ComposeScalar>empty(),
                    Optional.of(s), List.<ComposeScalar>of()));
        } else if (node.get() instanceof ComposeSequence seq) {
            for (ComposeNode item : seq.items()) {
                if (item instanceof ComposeMapping d) {
                    result.add(deviceRequest(d, DeviceRequest.Origin.GPUS));
                }
            }
        }
        return result;
    }

    private DeviceRequest deviceRequest(ComposeMapping d, DeviceRequest.Origin origin) {
        Optional<ComposeScalar> count = d.nonNullScalar("count");
        List<ComposeScalar> ids = d.get("device_ids").isPresent() ? Nodes.strings(d.get("device_ids").get())
                : List.<ComposeScalar>of();
        if (count.isPresent() && d.has("device_ids")) {
            session.problem(ProblemKind.STRUCTURE, d.span(), "`count` and `device_ids` cannot both be set");
        }
        if (count.isPresent() && count.get().type() == ScalarType.STRING && !count.get().isUnresolved()
                && !count.get().value().equals("all")
                && count.get().asLong().isEmpty()) {
            session.problem(ProblemKind.INVALID_VALUE, count.get().span(), "device count `" + count.get().value()
                    + "` is neither a number nor `all`");
        }
        List<ComposeScalar> capabilities = d.get("capabilities").isPresent() ? Nodes.strings(d.get("capabilities").get())
                : List.<ComposeScalar>of();
        return new DeviceRequest(d, origin, capabilities, d.nonNullScalar("driver"), count, ids);
    }

    private List<DeviceMapping> devices(ComposeMapping service) {
        List<DeviceMapping> result = new ArrayList<>();
        Optional<ComposeSequence> seq = service.sequence("devices");
        if (seq.isEmpty()) {
            return result;
        }
        for (ComposeNode item : seq.get().items()) {
            if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
                String[] parts = s.value().split(":", -1);
                if (parts.length > 3) {
                    if (!s.isUnresolved()) {
                        session.problem(ProblemKind.INVALID_VALUE, s.span(), "device `" + s.value()
                                + "` has too many `:` (use the long syntax)");
                    }
                    continue;
                }
                String source = parts[0];
                String target = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : source;
                String permissions = parts.length > 2 ? parts[2] : "rwm";
                result.add(new DeviceMapping(s, source, target, permissions, true));
            } else if (item instanceof ComposeMapping m) {
                String source = text(m, "source", "");
                result.add(new DeviceMapping(m, source, text(m, "target", source), text(m, "permissions", "rwm"), false));
            }
        }
        return result;
    }

    private List<PortMapping> ports(ComposeMapping service) {
        List<PortMapping> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Optional<ComposeSequence> seq = service.sequence("ports");
        if (seq.isEmpty()) {
            return result;
        }
        for (ComposeNode item : seq.get().items()) {
            if (item instanceof ComposeScalar s && (s.type() == ScalarType.STRING || s.type() == ScalarType.INTEGER)) {
                PortSpec.Parsed parsed = PortSpec.parse(s.value());
                if (parsed.error != null) {
                    if (!s.isUnresolved()) {
                        session.problem(ProblemKind.INVALID_VALUE, s.span(), "invalid port `" + s.value() + "`: " + parsed.error);
                    } else {
                        add(result, seen, new PortMapping(s, "", "", OptionalInt.empty(), "tcp", "ingress", true));
                    }
                    continue;
                }
                for (PortSpec.Entry e : parsed.entries) {
                    add(result, seen, new PortMapping(s, e.hostIp, e.published, OptionalInt.of(e.target), e.protocol,
                            "ingress", true));
                }
            } else if (item instanceof ComposeMapping m) {
                Optional<ComposeScalar> target = m.nonNullScalar("target");
                OptionalInt targetPort = OptionalInt.empty();
                if (target.isPresent()) {
                    int port = PortSpec.port(target.get().value());
                    if (port >= 0) {
                        targetPort = OptionalInt.of(port);
                    } else if (!target.get().isUnresolved()) {
                        session.problem(ProblemKind.INVALID_VALUE, target.get().span(), "invalid target port `"
                                + target.get().value() + "`");
                    }
                }
                Optional<ComposeScalar> hostIp = m.nonNullScalar("host_ip");
                if (hostIp.isPresent() && !hostIp.get().isUnresolved() && !IpAddresses.isValid(hostIp.get().value())) {
                    session.problem(ProblemKind.INVALID_VALUE, hostIp.get().span(), "invalid IP address `"
                            + hostIp.get().value() + "`");
                }
                add(result, seen, new PortMapping(m, hostIp.isPresent() ? hostIp.get().value() : "",
                        text(m, "published", ""), targetPort, text(m, "protocol", "tcp").toLowerCase(java.util.Locale.ROOT),
                        text(m, "mode", "ingress"), false));
            }
        }
        return result;
    }

    /** CG's canonical uniqueness pass on ports: {@code host_ip:published:target/protocol}, later replaces earlier. */
    private static void add(List<PortMapping> result, Map<String, Integer> seen, PortMapping port) {
        String ip = port.hostIp().isEmpty() ? "0.0.0.0" : port.hostIp();
        String key = ip + ":" + port.published() + ":" + (port.target().isPresent() ? port.target().getAsInt() : -1)
                + "/" + port.protocol();
        Integer at = port.isUnresolved() ? null : seen.get(key);
        if (at != null) {
            result.set(at, port);
            return;
        }
        if (!port.isUnresolved()) {
            seen.put(key, result.size());
        }
        result.add(port);
    }

    private List<VolumeMount> volumes(ComposeMapping service) {
        List<VolumeMount> result = new ArrayList<>();
        Optional<ComposeSequence> seq = service.sequence("volumes");
        if (seq.isEmpty()) {
            return result;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (ComposeNode item : seq.get().items()) {
            VolumeMount mount = null;
            if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
                VolumeSpec.Parsed p = VolumeSpec.parse(s.value());
                if (p.error != null) {
                    if (!s.isUnresolved()) {
                        session.problem(ProblemKind.INVALID_VALUE, s.span(), "invalid volume `" + s.value() + "`: " + p.error);
                    } else {
                        mount = unresolvedVolume(s);
                    }
                    if (mount == null) {
                        continue;
                    }
                    add(result, seen, mount);
                    continue;
                }
                Span sourceSpan = p.sourceStart >= 0 ? s.subSpan(p.sourceStart, p.sourceStart + p.source.length()) : s.span();
                Span targetSpan = p.targetStart >= 0 ? s.subSpan(p.targetStart, p.targetStart + p.target.length()) : s.span();
                Optional<Path> hostPath = p.bind && !s.isUnresolved() ? session.resolve(p.source, s.span()) : Optional.<Path>empty();
                mount = new VolumeMount(s, p.bind ? VolumeType.BIND : VolumeType.VOLUME, p.source, sourceSpan,
                        Nodes.cleanPath(p.target), targetSpan, p.readOnly, true, hostPath, p.propagation, p.selinux,
                        p.nocopy, "", OptionalLong.empty());
            } else if (item instanceof ComposeMapping m) {
                mount = longVolume(m);
            }
            if (mount != null) {
                add(result, seen, mount);
            }
        }
        return result;
    }

    /** CG's canonical uniqueness pass on volumes: the later mount at a target replaces the earlier one in place. */
    private static void add(List<VolumeMount> result, Map<String, Integer> seen, VolumeMount mount) {
        Integer at = seen.get(mount.target());
        if (at != null && !mount.target().isEmpty()) {
            result.set(at, mount);
        } else {
            seen.put(mount.target(), result.size());
            result.add(mount);
        }
    }

    /**
     * A short volume whose interpolated text does not parse because a variable has no value here
     * ({@code ${DATA_DIR}:/data}): read as written, so the mount at its target is still known. A
     * source that is a bare variable is taken for a host path, its usual use.
     */
    private static VolumeMount unresolvedVolume(ComposeScalar s) {
        VolumeSpec.Parsed raw = VolumeSpec.parse(s.raw());
        if (raw.error != null || raw.target.isEmpty() || raw.target.startsWith("$")) {
            return null;
        }
        boolean bind = raw.bind || raw.source.startsWith("$");
        return new VolumeMount(s, bind ? VolumeType.BIND : VolumeType.VOLUME, raw.source, s.span(),
                Nodes.cleanPath(raw.target), s.span(), raw.readOnly, true, Optional.<Path>empty(), raw.propagation,
                raw.selinux, raw.nocopy, "", OptionalLong.empty());
    }

    private VolumeMount longVolume(ComposeMapping m) {
        VolumeType type = VolumeType.of(text(m, "type", ""));
        Optional<ComposeScalar> source = m.nonNullScalar("source");
        Optional<ComposeScalar> target = m.nonNullScalar("target");
        Optional<ComposeMapping> bind = m.mapping("bind");
        Optional<ComposeMapping> volume = m.mapping("volume");
        Optional<ComposeMapping> tmpfs = m.mapping("tmpfs");
        OptionalLong size = OptionalLong.empty();
        if (tmpfs.isPresent()) {
            Optional<ComposeScalar> s = tmpfs.get().nonNullScalar("size");
            checkBytes(s);
            if (s.isPresent()) {
                size = s.get().asBytes();
            }
        }
        Optional<Path> hostPath = Optional.empty();
        if (type == VolumeType.BIND && source.isPresent() && !source.get().isUnresolved()) {
            hostPath = session.resolve(source.get().value(), source.get().span());
        }
        Optional<ComposeScalar> readOnly = m.nonNullScalar("read_only");
        Optional<ComposeScalar> nocopy = volume.isPresent() ? volume.get().nonNullScalar("nocopy") : Optional.<ComposeScalar>empty();
        return new VolumeMount(m, type, source.isPresent() ? source.get().value() : "",
                source.isPresent() ? source.get().span() : m.span(),
                target.isPresent() ? Nodes.cleanPath(target.get().value()) : "", target.isPresent() ? target.get().span() : m.span(),
                readOnly.isPresent() && readOnly.get().isTrue(), false, hostPath,
                bind.isPresent() ? text(bind.get(), "propagation", "") : "",
                bind.isPresent() ? text(bind.get(), "selinux", "") : "",
                nocopy.isPresent() && nocopy.get().isTrue(),
                volume.isPresent() ? text(volume.get(), "subpath", "") : "", size);
    }

    private static List<TmpfsMount> tmpfs(ComposeMapping service) {
        List<TmpfsMount> result = new ArrayList<>();
        Optional<ComposeNode> node = service.get("tmpfs");
        if (node.isEmpty()) {
            return result;
        }
        for (ComposeScalar s : Nodes.strings(node.get())) {
            String v = s.value();
            int colon = v.indexOf(':');
            String target = colon < 0 ? v : v.substring(0, colon);
            result.add(new TmpfsMount(s, Nodes.cleanPath(target), colon < 0 ? "" : v.substring(colon + 1)));
        }
        return result;
    }

    private static List<Dependency> dependsOn(ComposeMapping service) {
        List<Dependency> result = new ArrayList<>();
        Optional<ComposeNode> node = service.get("depends_on");
        if (node.isEmpty()) {
            return result;
        }
        if (node.get() instanceof ComposeSequence seq) {
            for (ComposeNode item : seq.items()) {
                if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
                    result.add(new Dependency(s.value(), s.span(), DependencyCondition.STARTED, Optional.<ComposeScalar>empty(),
                            true, false, true, s.span()));
                }
            }
        } else if (node.get() instanceof ComposeMapping m) {
            for (ComposeEntry e : m.entries()) {
                DependencyCondition condition = DependencyCondition.STARTED;
                Optional<ComposeScalar> conditionNode = Optional.empty();
                boolean required = true;
                boolean restart = false;
                boolean shortForm = false;
                Span span = e.keySpan();
                if (e.value() instanceof ComposeMapping d) {
                    shortForm = d.isImplied();
                    Optional<ComposeScalar> c = d.nonNullScalar("condition");
                    if (c.isPresent()) {
                        condition = c.get().isUnresolved() ? DependencyCondition.UNKNOWN : DependencyCondition.of(c.get().value());
                        conditionNode = c.get().isImplied() ? Optional.<ComposeScalar>empty() : c;
                    }
                    Optional<ComposeScalar> r = d.nonNullScalar("required");
                    required = r.isEmpty() || !r.get().asBoolean().isPresent() || r.get().asBoolean().get();
                    Optional<ComposeScalar> rs = d.nonNullScalar("restart");
                    restart = rs.isPresent() && rs.get().isTrue();
                    if (!shortForm && d.span().source() == e.keySpan().source()
                            && d.span().range().end() > e.keySpan().range().start()) {
                        span = KeyValues.cover(e.keySpan(), d.span());
                    }
                }
                result.add(new Dependency(e.key(), e.keySpan(), condition, conditionNode, required, restart, shortForm, span));
            }
        }
        return result;
    }

    /** Service (or build) {@code secrets}/{@code configs}: short names and long forms, Compose's default targets applied. */
    private static List<FileMount> fileMounts(Optional<ComposeNode> node, boolean secrets) {
        List<FileMount> result = new ArrayList<>();
        if (node.isEmpty() || !(node.get() instanceof ComposeSequence seq)) {
            return result;
        }
        for (ComposeNode item : seq.items()) {
            if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
                result.add(new FileMount(s.value(), s.span(), defaultTarget(s.value(), "", secrets), Optional.<ComposeScalar>empty(),
                        Optional.<ComposeScalar>empty(), Optional.<ComposeScalar>empty(), true, s));
            } else if (item instanceof ComposeMapping m) {
                Optional<ComposeScalar> source = m.nonNullScalar("source");
                String sourceText = source.isPresent() ? source.get().value() : "";
                result.add(new FileMount(sourceText, source.isPresent() ? source.get().span() : m.span(),
                        defaultTarget(sourceText, text(m, "target", ""), secrets), m.nonNullScalar("uid"),
                        m.nonNullScalar("gid"), m.nonNullScalar("mode"), false, m));
            }
        }
        return result;
    }

    private static String defaultTarget(String source, String target, boolean secrets) {
        if (secrets) {
            if (target.isEmpty()) {
                return "/run/secrets/" + source;
            }
            return target.startsWith("/") ? target : "/run/secrets/" + target;
        }
        return target.isEmpty() ? "/" + source : target;
    }

    // ---------------------------------------------------------------- environment (NOTES 3.3)

    /** Project variables first, then the service's own {@code environment} values (CG's lookup for env files). */
    private static final class ServiceLookup implements VariableSource {
        private final ProjectEnvironment env;
        private final List<KeyValue> environment;

        ServiceLookup(ProjectEnvironment env, List<KeyValue> environment) {
            this.env = env;
            this.environment = environment;
        }

        @Override
        public EnvVariable find(String name) {
            EnvVariable v = env.find(name);
            if (v != null) {
                return v;
            }
            for (KeyValue kv : environment) {
                if (kv.key().equals(name) && kv.value().isPresent()) {
                    return new EnvVariable(name, kv.value().get().value(), Optional.of(kv.keySpan()));
                }
            }
            return null;
        }
    }

    private List<EnvFileRef> envFiles(ComposeMapping service, List<KeyValue> environment) {
        List<EnvFileRef> result = new ArrayList<>();
        Optional<ComposeNode> node = service.get("env_file");
        if (node.isEmpty()) {
            return result;
        }
        List<ComposeNode> items = new ArrayList<>();
        if (node.get() instanceof ComposeSequence seq) {
            items.addAll(seq.items());
        } else {
            items.add(node.get());
        }
        for (ComposeNode item : items) {
            ComposeScalar path;
            boolean required = true;
            String format = "";
            if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
                path = s;
            } else if (item instanceof ComposeMapping m && m.nonNullScalar("path").isPresent()) {
                path = m.nonNullScalar("path").get();
                Optional<ComposeScalar> r = m.nonNullScalar("required");
                if (r.isPresent() && r.get().asBoolean().isPresent()) {
                    required = r.get().asBoolean().get();
                }
                format = text(m, "format", "");
            } else {
                continue;
            }
            result.add(envFile(item, path, required, format, environment));
        }
        return result;
    }

    private EnvFileRef envFile(ComposeNode item, ComposeScalar path, boolean required, String format,
                               List<KeyValue> environment) {
        Optional<Path> resolved = path.isUnresolved() ? Optional.<Path>empty() : session.resolve(path.value(), path.span());
        Optional<SourceText> source = Optional.empty();
        List<DotEnvEntry> entries = List.of();
        if (resolved.isPresent()) {
            FileContent content = session.read(resolved.get());
            if (content instanceof FileContent.Found found) {
                source = Optional.of(found.source());
                session.register(found.source(), Optional.ofNullable(resolved.get().getParent()));
                if (format.isEmpty()) {
                    List<ComposeProblem> found2 = new ArrayList<>();
                    entries = DotEnvParser.parse(found.source(), new ServiceLookup(env, environment), found2);
                    session.addAll(found2);
                } else if (format.equals("raw")) {
                    entries = DotEnvParser.parseRaw(found.source());
                } else {
                    session.problem(ProblemKind.ENV_FILE, item.span(), "unsupported env_file format `" + format + "`");
                }
            } else if (content instanceof FileContent.Unreadable u) {
                session.problem(ProblemKind.ENV_FILE, path.span(), "cannot read env file `" + path.value() + "`: " + u.reason());
            } else if (required) {
                session.problem(ProblemKind.MISSING_FILE, path.span(), "env file `" + path.value() + "` not found");
            }
        }
        return new EnvFileRef(item, path, required, format, resolved, source, entries);
    }

    /** Env files in order (later wins), then {@code environment}, which wins even when empty or unset (NOTES 3.3). */
    private Map<String, ResolvedEnvVar> resolvedEnvironment(List<KeyValue> environment, List<EnvFileRef> envFiles) {
        Map<String, ResolvedEnvVar> result = new LinkedHashMap<>();
        for (EnvFileRef f : envFiles) {
            for (DotEnvEntry e : f.entries()) {
                result.put(e.key(), new ResolvedEnvVar(e.key(), e.value(), e.valueSpan(), ResolvedEnvVar.Origin.ENV_FILE, false));
            }
        }
        for (KeyValue kv : environment) {
            if (kv.value().isPresent()) {
                ComposeScalar v = kv.value().get();
                result.put(kv.key(), new ResolvedEnvVar(kv.key(), v.value(), v.span(), ResolvedEnvVar.Origin.ENVIRONMENT,
                        v.isUnresolved()));
                continue;
            }
            EnvVariable fromProject = env.find(kv.key());
            if (fromProject != null) {
                result.put(kv.key(), new ResolvedEnvVar(kv.key(), fromProject.value(), kv.keySpan(),
                        ResolvedEnvVar.Origin.PROJECT_ENVIRONMENT, false));
            } else {
                result.remove(kv.key());
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- healthcheck (NOTES 3.11)

    private Optional<Healthcheck> healthcheck(ComposeMapping service) {
        Optional<ComposeMapping> node = service.mapping("healthcheck");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        ComposeMapping h = node.get();
        Optional<ComposeNode> test = h.get("test");
        HealthTestForm form = HealthTestForm.INHERITED;
        List<ComposeScalar> arguments = new ArrayList<>();
        if (test.isPresent() && test.get() instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
            form = HealthTestForm.CMD_SHELL;
            arguments.add(s);
        } else if (test.isPresent() && test.get() instanceof ComposeSequence seq && !seq.isEmpty()) {
            List<ComposeScalar> items = Nodes.strings(seq);
            String first = items.isEmpty() ? "" : items.get(0).value();
            switch (first) {
                case "NONE":
                    form = HealthTestForm.NONE;
                    break;
                case "CMD":
                    form = HealthTestForm.CMD;
                    break;
                case "CMD-SHELL":
                    form = HealthTestForm.CMD_SHELL;
                    break;
                default:
                    form = HealthTestForm.INVALID;
                    if (!Nodes.isUnresolved(seq.items().get(0))) {
                        session.problem(ProblemKind.INVALID_VALUE, seq.items().get(0).span(),
                                "healthcheck test must start with `CMD`, `CMD-SHELL` or `NONE`");
                    }
                    break;
            }
            if (form != HealthTestForm.INVALID && form != HealthTestForm.NONE) {
                arguments.addAll(items.subList(1, items.size()));
            }
        }
        for (String key : new String[] {"interval", "timeout", "start_period", "start_interval"}) {
            checkDuration(h.nonNullScalar(key));
        }
        return Optional.of(new Healthcheck(h, form, test, arguments, h.nonNullScalar("disable"), h.nonNullScalar("interval"),
                h.nonNullScalar("timeout"), h.nonNullScalar("start_period"), h.nonNullScalar("start_interval"),
                h.nonNullScalar("retries")));
    }

    // ---------------------------------------------------------------- value checks

    /** Sizes are numbers or strings in the schema; other types are structure problems already. */
    private void checkBytes(Optional<ComposeScalar> value) {
        if (value.isPresent() && (value.get().type() == ScalarType.STRING || value.get().type() == ScalarType.INTEGER
                || value.get().type() == ScalarType.FLOAT) && !value.get().isUnresolved() && value.get().asBytes().isEmpty()) {
            session.problem(ProblemKind.INVALID_VALUE, value.get().span(), "`" + value.get().value() + "` is not a byte size");
        }
    }

    /** Durations are strings in the schema: a number there is a structure problem already. */
    private void checkDuration(Optional<ComposeScalar> value) {
        if (value.isPresent() && value.get().type() == ScalarType.STRING && !value.get().isUnresolved()
                && value.get().asDuration().isEmpty()) {
            session.problem(ProblemKind.INVALID_VALUE, value.get().span(), "`" + value.get().value() + "` is not a duration");
        }
    }

    private static String text(ComposeMapping m, String key, String absent) {
        Optional<ComposeScalar> s = m.nonNullScalar(key);
        return s.isPresent() ? s.get().value() : absent;
    }
}
