package dev.bulwark.kubernetes;

import dev.bulwark.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * The security context in effect for one container: the container's {@code securityContext} over
 * the pod's, field by field, as the kubelet applies it. {@code runAsUser}, {@code runAsGroup},
 * {@code runAsNonRoot}, {@code seccompProfile}, {@code appArmorProfile}, {@code seLinuxOptions}
 * and {@code windowsOptions} exist at both levels and the container's wins; {@code privileged},
 * {@code allowPrivilegeEscalation}, {@code readOnlyRootFilesystem}, {@code capabilities} and
 * {@code procMount} exist only on the container. Each setting carries the span where it is really
 * written; absent means neither level sets it (the runtime default applies).
 *
 * <p>The deprecated annotations ({@code seccomp.security.alpha.kubernetes.io/pod},
 * {@code container.apparmor.security.beta.kubernetes.io/<name>}) are not merged here: see
 * {@link PodTemplate#annotations()}.
 */
public final class SecurityContext {
    private final Field containerField;
    private final Field podField;
    private final SecuritySetting runAsNonRoot;
    private final SecuritySetting runAsUser;
    private final SecuritySetting runAsGroup;
    private final SecuritySetting seccompProfile;
    private final Field seccompType;
    private final SecuritySetting appArmorProfile;
    private final SecuritySetting seLinuxOptions;
    private final SecuritySetting privileged;
    private final SecuritySetting allowPrivilegeEscalation;
    private final SecuritySetting readOnlyRootFilesystem;
    private final SecuritySetting procMount;
    private final SecuritySetting capabilities;
    private final List<Field> capabilitiesAdd;
    private final List<Field> capabilitiesDrop;

    private SecurityContext(Builder b) {
        this.containerField = b.containerField;
        this.podField = b.podField;
        this.runAsNonRoot = b.runAsNonRoot;
        this.runAsUser = b.runAsUser;
        this.runAsGroup = b.runAsGroup;
        this.seccompProfile = b.seccompProfile;
        this.seccompType = b.seccompType;
        this.appArmorProfile = b.appArmorProfile;
        this.seLinuxOptions = b.seLinuxOptions;
        this.privileged = b.privileged;
        this.allowPrivilegeEscalation = b.allowPrivilegeEscalation;
        this.readOnlyRootFilesystem = b.readOnlyRootFilesystem;
        this.procMount = b.procMount;
        this.capabilities = b.capabilities;
        this.capabilitiesAdd = b.capabilitiesAdd;
        this.capabilitiesDrop = b.capabilitiesDrop;
    }

    /**
     * Reads the container's {@code securityContext} (in {@code container}, may be null for a
     * container that cannot have one) over the pod's ({@code pod}, may be null).
     */
    static SecurityContext read(ReadContext ctx, YamlMapping container, Field podContext) {
        Builder b = new Builder();
        YamlMapping c = container == null ? null : ctx.mapping(container, "securityContext").orElse(null);
        b.containerField = c == null ? null : ctx.field(container, "securityContext").get();
        YamlMapping p = podContext != null && podContext.node() instanceof YamlMapping pm ? pm : null;
        b.podField = p == null ? null : podContext;
        b.runAsNonRoot = inherited(ctx.bool(c, "runAsNonRoot"), ctx.bool(p, "runAsNonRoot"));
        b.runAsUser = inherited(ctx.integer(c, "runAsUser"), ctx.integer(p, "runAsUser"));
        b.runAsGroup = inherited(ctx.integer(c, "runAsGroup"), ctx.integer(p, "runAsGroup"));
        b.seccompProfile = inherited(mappingField(ctx, c, "seccompProfile"), mappingField(ctx, p, "seccompProfile"));
        if (b.seccompProfile != null && b.seccompProfile.field().node() instanceof YamlMapping sp) {
            b.seccompType = ctx.string(sp, "type").orElse(null);
        }
        b.appArmorProfile = inherited(mappingField(ctx, c, "appArmorProfile"), mappingField(ctx, p, "appArmorProfile"));
        b.seLinuxOptions = inherited(mappingField(ctx, c, "seLinuxOptions"), mappingField(ctx, p, "seLinuxOptions"));
        b.privileged = own(ctx.bool(c, "privileged"));
        b.allowPrivilegeEscalation = own(ctx.bool(c, "allowPrivilegeEscalation"));
        b.readOnlyRootFilesystem = own(ctx.bool(c, "readOnlyRootFilesystem"));
        b.procMount = own(ctx.string(c, "procMount"));
        Optional<YamlMapping> caps = c == null ? Optional.empty() : ctx.mapping(c, "capabilities");
        b.capabilities = caps.isPresent() ? own(ctx.field(c, "capabilities")) : null;
        b.capabilitiesAdd = caps.isPresent() ? ctx.stringList(caps.get(), "add") : List.of();
        b.capabilitiesDrop = caps.isPresent() ? ctx.stringList(caps.get(), "drop") : List.of();
        return new SecurityContext(b);
    }

    private static Optional<Field> mappingField(ReadContext ctx, YamlMapping m, String key) {
        return ctx.mapping(m, key).isPresent() ? ctx.field(m, key) : Optional.empty();
    }

    private static SecuritySetting inherited(Optional<Field> container, Optional<Field> pod) {
        if (container.isPresent()) {
            return new SecuritySetting(container.get(), SecurityLevel.CONTAINER);
        }
        return pod.isPresent() ? new SecuritySetting(pod.get(), SecurityLevel.POD) : null;
    }

    private static SecuritySetting own(Optional<Field> container) {
        return container.isPresent() ? new SecuritySetting(container.get(), SecurityLevel.CONTAINER) : null;
    }

    /** The container's {@code securityContext:} entry, when written. */
    public Optional<Field> containerContext() {
        return Optional.ofNullable(containerField);
    }

    /** The pod's {@code securityContext:} entry, when written. */
    public Optional<Field> podContext() {
        return Optional.ofNullable(podField);
    }

    public Optional<SecuritySetting> runAsNonRoot() {
        return Optional.ofNullable(runAsNonRoot);
    }

    public Optional<SecuritySetting> runAsUser() {
        return Optional.ofNullable(runAsUser);
    }

    public Optional<SecuritySetting> runAsGroup() {
        return Optional.ofNullable(runAsGroup);
    }

    /** The {@code seccompProfile:} entry in effect. */
    public Optional<SecuritySetting> seccompProfile() {
        return Optional.ofNullable(seccompProfile);
    }

    /** The {@code type} of the seccomp profile in effect: {@code RuntimeDefault}, {@code Localhost}, {@code Unconfined}. */
    public Optional<Field> seccompProfileType() {
        return Optional.ofNullable(seccompType);
    }

    public Optional<SecuritySetting> appArmorProfile() {
        return Optional.ofNullable(appArmorProfile);
    }

    public Optional<SecuritySetting> seLinuxOptions() {
        return Optional.ofNullable(seLinuxOptions);
    }

    public Optional<SecuritySetting> privileged() {
        return Optional.ofNullable(privileged);
    }

    public Optional<SecuritySetting> allowPrivilegeEscalation() {
        return Optional.ofNullable(allowPrivilegeEscalation);
    }

    public Optional<SecuritySetting> readOnlyRootFilesystem() {
        return Optional.ofNullable(readOnlyRootFilesystem);
    }

    public Optional<SecuritySetting> procMount() {
        return Optional.ofNullable(procMount);
    }

    /** The {@code capabilities:} entry, when written. */
    public Optional<SecuritySetting> capabilities() {
        return Optional.ofNullable(capabilities);
    }

    /** {@code capabilities.add} items, as written ({@code SYS_ADMIN}, {@code NET_RAW}...). */
    public List<Field> capabilitiesAdd() {
        return capabilitiesAdd;
    }

    /** {@code capabilities.drop} items, as written ({@code ALL}...). */
    public List<Field> capabilitiesDrop() {
        return capabilitiesDrop;
    }

    /** True when {@code capabilities.drop} names {@code ALL} (any case, as the runtime accepts). */
    public boolean dropsAllCapabilities() {
        for (Field f : capabilitiesDrop) {
            if (f.textOrEmpty().equalsIgnoreCase("ALL")) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code capabilities.add} names {@code capability}, with or without the {@code CAP_} prefix, any case. */
    public boolean addsCapability(String capability) {
        String want = stripCap(capability);
        for (Field f : capabilitiesAdd) {
            if (stripCap(f.textOrEmpty()).equalsIgnoreCase(want)) {
                return true;
            }
        }
        return false;
    }

    private static String stripCap(String s) {
        return s.regionMatches(true, 0, "CAP_", 0, 4) ? s.substring(4) : s;
    }

    private static final class Builder {
        Field containerField;
        Field podField;
        SecuritySetting runAsNonRoot;
        SecuritySetting runAsUser;
        SecuritySetting runAsGroup;
        SecuritySetting seccompProfile;
        Field seccompType;
        SecuritySetting appArmorProfile;
        SecuritySetting seLinuxOptions;
        SecuritySetting privileged;
        SecuritySetting allowPrivilegeEscalation;
        SecuritySetting readOnlyRootFilesystem;
        SecuritySetting procMount;
        SecuritySetting capabilities;
        List<Field> capabilitiesAdd;
        List<Field> capabilitiesDrop;
    }
}
