package dev.bulwark.compose.schema;

import static dev.bulwark.compose.schema.JsonType.BOOLEAN;
import static dev.bulwark.compose.schema.JsonType.INTEGER;
import static dev.bulwark.compose.schema.JsonType.NULL;
import static dev.bulwark.compose.schema.JsonType.NUMBER;
import static dev.bulwark.compose.schema.JsonType.OBJECT;
import static dev.bulwark.compose.schema.JsonType.STRING;

/**
 * The structure of a Compose file, written in Java from the Compose schema of compose-go
 * ({@code schema/compose-spec.json} at {@code e70e961c}, NOTES 3.1), definition by definition and
 * in the same order, so that a reader can hold one beside the other. The schema file itself is
 * not part of the project; {@code ComposeSchemaCrossCheckTest} compares the two and validates the
 * corpus with both. Quirks are kept: in {@code gpus} the {@code additionalProperties} sits beside
 * {@code items}, so unknown keys in {@code gpus} entries are allowed and {@code capabilities} is
 * not required there.
 */
public final class ComposeSchema {
    private ComposeSchema() {
    }

    private static final Shape STR = Shape.of(STRING);
    private static final Shape INT = Shape.of(INTEGER);
    private static final Shape BOOL = Shape.of(BOOLEAN);
    private static final Shape NUM = Shape.of(NUMBER);
    private static final Shape BOOL_OR_STR = Shape.of(BOOLEAN, STRING);
    private static final Shape INT_OR_STR = Shape.of(INTEGER, STRING);
    private static final Shape NUM_OR_STR = Shape.of(NUMBER, STRING);
    private static final Shape STRINGS = Shape.array(STR);

    // ---------------------------------------------------------------- shared definitions

    static final Shape LIST_OF_STRINGS = Shape.uniqueArray(STR);

    static final Shape STRING_OR_LIST = Shape.oneOf(STR, LIST_OF_STRINGS);

    static final Shape LIST_OR_DICT = Shape.oneOf(
            Shape.object().patternProp(KeyPattern.NON_EMPTY, Shape.of(STRING, NUMBER, BOOLEAN, NULL)).closed().build(),
            Shape.uniqueArray(STR));

    static final Shape EXTRA_HOSTS = Shape.oneOf(
            Shape.object().patternProp(KeyPattern.NON_EMPTY, Shape.oneOf(STR, Shape.array(STR))).closed().build(),
            Shape.uniqueArray(STR));

    static final Shape BLKIO_LIMIT = Shape.object().prop("path", STR).prop("rate", INT_OR_STR).closed().build();

    static final Shape BLKIO_WEIGHT = Shape.object().prop("path", STR).prop("weight", INT_OR_STR).closed().build();

    static final Shape SERVICE_CONFIG_OR_SECRET = Shape.array(Shape.oneOf(STR, Shape.object()
            .prop("source", STR).prop("target", STR).prop("uid", STR).prop("gid", STR).prop("mode", NUM_OR_STR)
            .closed().extensions().build()));

    static final Shape ULIMITS = Shape.object().patternProp(KeyPattern.LOWERCASE, Shape.oneOf(INT_OR_STR,
            Shape.object().prop("hard", INT_OR_STR).prop("soft", INT_OR_STR).required("soft", "hard")
                    .closed().extensions().build())).build();

    static final Shape COMMAND = Shape.oneOf(Shape.of(NULL), STR, STRINGS);

    static final Shape SERVICE_HOOK = Shape.object()
            .prop("command", COMMAND).prop("user", STR).prop("privileged", BOOL_OR_STR).prop("working_dir", STR)
            .prop("environment", LIST_OR_DICT).closed().extensions().required("command").build();

    static final Shape PRE_START_HOOK = Shape.object()
            .prop("command", COMMAND).prop("image", STR).prop("user", STR).prop("privileged", BOOL_OR_STR)
            .prop("working_dir", STR).prop("environment", LIST_OR_DICT).prop("per_replica", BOOL_OR_STR)
            .closed().extensions().build();

    static final Shape ENV_FILE = Shape.oneOf(STR, Shape.array(Shape.oneOf(STR, Shape.object()
            .prop("path", STR).prop("format", STR).prop("required", BOOL_OR_STR).closed().required("path").build())));

    static final Shape LABEL_FILE = Shape.oneOf(STR, STRINGS);

    static final Shape HEALTHCHECK = Shape.object()
            .prop("disable", BOOL_OR_STR).prop("interval", STR).prop("retries", NUM_OR_STR)
            .prop("test", Shape.oneOf(STR, STRINGS)).prop("timeout", STR).prop("start_period", STR)
            .prop("start_interval", STR).closed().extensions().build();

    static final Shape DEVELOPMENT = Shape.object().orNull()
            .prop("watch", Shape.array(Shape.object()
                    .prop("ignore", STRING_OR_LIST).prop("include", STRING_OR_LIST).prop("path", STR)
                    .prop("action", STR.withEnum("rebuild", "sync", "restart", "sync+restart", "sync+exec"))
                    .prop("target", STR).prop("exec", SERVICE_HOOK).prop("initial_sync", BOOL)
                    .required("path", "action").closed().extensions().build()))
            .closed().extensions().build();

    private static Shape updateConfig() {
        return Shape.object()
                .prop("parallelism", INT_OR_STR).prop("delay", STR).prop("failure_action", STR).prop("monitor", STR)
                .prop("max_failure_ratio", NUM_OR_STR).prop("order", STR.withEnum("start-first", "stop-first"))
                .closed().extensions().build();
    }

    static final Shape GENERIC_RESOURCES = Shape.array(Shape.object()
            .prop("discrete_resource_spec", Shape.object().prop("kind", STR).prop("value", NUM_OR_STR)
                    .closed().extensions().build())
            .closed().extensions().build());

    static final Shape DEVICES = Shape.array(Shape.object()
            .prop("capabilities", LIST_OF_STRINGS).prop("count", Shape.of(STRING, INTEGER))
            .prop("device_ids", LIST_OF_STRINGS).prop("driver", STR).prop("options", LIST_OR_DICT)
            .closed().extensions().required("capabilities").build());

    static final Shape DEPLOYMENT = Shape.object().orNull()
            .prop("mode", STR).prop("endpoint_mode", STR).prop("replicas", INT_OR_STR).prop("labels", LIST_OR_DICT)
            .prop("rollback_config", updateConfig()).prop("update_config", updateConfig())
            .prop("resources", Shape.object()
                    .prop("limits", Shape.object().prop("cpus", NUM_OR_STR).prop("memory", STR).prop("pids", INT_OR_STR)
                            .closed().extensions().build())
                    .prop("reservations", Shape.object().prop("cpus", NUM_OR_STR).prop("memory", STR)
                            .prop("generic_resources", GENERIC_RESOURCES).prop("devices", DEVICES)
                            .closed().extensions().build())
                    .closed().extensions().build())
            .prop("restart_policy", Shape.object().prop("condition", STR).prop("delay", STR)
                    .prop("max_attempts", INT_OR_STR).prop("window", STR).closed().extensions().build())
            .prop("placement", Shape.object().prop("constraints", STRINGS)
                    .prop("preferences", Shape.array(Shape.object().prop("spread", STR).closed().extensions().build()))
                    .prop("max_replicas_per_node", INT_OR_STR).closed().extensions().build())
            .closed().extensions().build();

    /** The quirk of NOTES 3.1: the object keywords sit beside {@code items}, so entries are open. */
    static final Shape GPUS = Shape.oneOf(STR.withEnum("all"), Shape.arrayWith(Shape.object()
            .prop("capabilities", LIST_OF_STRINGS).prop("count", Shape.of(STRING, INTEGER))
            .prop("device_ids", LIST_OF_STRINGS).prop("driver", STR).prop("options", LIST_OR_DICT).build())
            .closed().extensions().build());

    static final Shape INCLUDE = Shape.oneOf(STR, Shape.object()
            .prop("path", STRING_OR_LIST).prop("env_file", STRING_OR_LIST).prop("project_directory", STR)
            .closed().build());

    private static final Shape DRIVER_OPTS = Shape.object().patternProp(KeyPattern.NON_EMPTY_ANCHORED,
            Shape.of(STRING, NUMBER)).build();

    private static Shape external(boolean closed) {
        Shape.Builder b = Shape.object().types(BOOLEAN, STRING).prop("name", STR);
        if (closed) {
            b.closed().extensions();
        }
        return b.build();
    }

    static final Shape NETWORK = Shape.object().orNull()
            .prop("name", STR).prop("driver", STR).prop("driver_opts", DRIVER_OPTS)
            .prop("ipam", Shape.object().prop("driver", STR)
                    .prop("config", Shape.array(Shape.object().prop("subnet", STR).prop("ip_range", STR)
                            .prop("gateway", STR)
                            .prop("aux_addresses", Shape.object().closed()
                                    .patternProp(KeyPattern.NON_EMPTY_ANCHORED, STR).build())
                            .closed().extensions().build()))
                    .prop("options", Shape.object().closed().patternProp(KeyPattern.NON_EMPTY_ANCHORED, STR).build())
                    .closed().extensions().build())
            .prop("external", external(true)).prop("internal", BOOL_OR_STR).prop("enable_ipv4", BOOL_OR_STR)
            .prop("enable_ipv6", BOOL_OR_STR).prop("attachable", BOOL_OR_STR).prop("labels", LIST_OR_DICT)
            .closed().extensions().build();

    static final Shape VOLUME = Shape.object().orNull()
            .prop("name", STR).prop("driver", STR).prop("driver_opts", DRIVER_OPTS).prop("external", external(true))
            .prop("labels", LIST_OR_DICT).closed().extensions().build();

    static final Shape SECRET = Shape.object()
            .prop("name", STR).prop("environment", STR).prop("file", STR).prop("external", external(false))
            .prop("labels", LIST_OR_DICT).prop("driver", STR).prop("driver_opts", DRIVER_OPTS)
            .prop("template_driver", STR).closed().extensions().build();

    static final Shape CONFIG = Shape.object()
            .prop("name", STR).prop("content", STR).prop("environment", STR).prop("file", STR)
            .prop("external", external(false)).prop("labels", LIST_OR_DICT).prop("template_driver", STR)
            .closed().extensions().build();

    static final Shape MODEL = Shape.object()
            .prop("name", STR).prop("model", STR).prop("context_size", INT).prop("runtime_flags", STRINGS)
            .required("model").closed().extensions().build();

    // ---------------------------------------------------------------- service

    private static final Shape BUILD = Shape.oneOf(STR, Shape.object()
            .prop("context", STR).prop("dockerfile", STR).prop("dockerfile_inline", STR).prop("entitlements", STRINGS)
            .prop("args", LIST_OR_DICT).prop("ssh", LIST_OR_DICT).prop("labels", LIST_OR_DICT)
            .prop("cache_from", STRINGS).prop("cache_to", STRINGS).prop("no_cache", BOOL_OR_STR)
            .prop("no_cache_filter", STRING_OR_LIST).prop("additional_contexts", LIST_OR_DICT).prop("network", STR)
            .prop("provenance", Shape.of(STRING, BOOLEAN)).prop("sbom", Shape.of(STRING, BOOLEAN))
            .prop("pull", BOOL_OR_STR).prop("target", STR).prop("shm_size", INT_OR_STR).prop("extra_hosts", EXTRA_HOSTS)
            .prop("isolation", STR).prop("privileged", BOOL_OR_STR).prop("secrets", SERVICE_CONFIG_OR_SECRET)
            .prop("tags", STRINGS).prop("ulimits", ULIMITS).prop("platforms", STRINGS)
            .closed().extensions().build());

    private static final Shape DEPENDS_ON = Shape.oneOf(LIST_OF_STRINGS, Shape.object().closed()
            .patternProp(KeyPattern.NAME, Shape.object().closed().extensions()
                    .prop("restart", BOOL_OR_STR).prop("required", BOOL)
                    .prop("condition", STR.withEnum("service_started", "service_healthy", "service_completed_successfully"))
                    .required("condition").build())
            .build());

    private static final Shape SERVICE_VOLUME = Shape.oneOf(STR, Shape.object().required("type")
            .prop("type", STR.withEnum("bind", "volume", "tmpfs", "cluster", "npipe", "image"))
            .prop("source", STR).prop("target", STR).prop("read_only", BOOL_OR_STR).prop("consistency", STR)
            .prop("bind", Shape.object().prop("propagation", STR).prop("create_host_path", BOOL_OR_STR)
                    .prop("recursive", STR.withEnum("enabled", "disabled", "writable", "readonly"))
                    .prop("selinux", STR.withEnum("z", "Z")).closed().extensions().build())
            .prop("volume", Shape.object().prop("labels", LIST_OR_DICT).prop("nocopy", BOOL_OR_STR)
                    .prop("subpath", STR).closed().extensions().build())
            .prop("tmpfs", Shape.object().prop("size", Shape.oneOf(INT.withMinimum(0), STR)).prop("mode", NUM_OR_STR)
                    .closed().extensions().build())
            .prop("image", Shape.object().prop("subpath", STR).closed().extensions().build())
            .closed().extensions().build());

    private static final Shape SCALARS = Shape.of(STRING, NUMBER, BOOLEAN);

    static final Shape SERVICE = Shape.object()
            .prop("develop", DEVELOPMENT)
            .prop("deploy", DEPLOYMENT)
            .prop("annotations", LIST_OR_DICT)
            .prop("attach", BOOL_OR_STR)
            .prop("build", BUILD)
            .prop("blkio_config", Shape.object()
                    .prop("device_read_bps", Shape.array(BLKIO_LIMIT)).prop("device_read_iops", Shape.array(BLKIO_LIMIT))
                    .prop("device_write_bps", Shape.array(BLKIO_LIMIT)).prop("device_write_iops", Shape.array(BLKIO_LIMIT))
                    .prop("weight", INT_OR_STR).prop("weight_device", Shape.array(BLKIO_WEIGHT)).closed().build())
            .prop("cap_add", Shape.uniqueArray(STR))
            .prop("cap_drop", Shape.uniqueArray(STR))
            .prop("cgroup", STR.withEnum("host", "private"))
            .prop("cgroup_parent", STR)
            .prop("command", COMMAND)
            .prop("configs", SERVICE_CONFIG_OR_SECRET)
            .prop("container_name", STR.withPattern(StringPattern.CONTAINER_NAME))
            .prop("cpu_count", Shape.oneOf(STR, INT.withMinimum(0)))
            .prop("cpu_percent", Shape.oneOf(STR, INT.withMinimum(0).withMaximum(100)))
            .prop("cpu_shares", NUM_OR_STR)
            .prop("cpu_quota", NUM_OR_STR)
            .prop("cpu_period", NUM_OR_STR)
            .prop("cpu_rt_period", NUM_OR_STR)
            .prop("cpu_rt_runtime", NUM_OR_STR)
            .prop("cpus", NUM_OR_STR)
            .prop("cpuset", STR)
            .prop("credential_spec", Shape.object().prop("config", STR).prop("file", STR).prop("registry", STR)
                    .closed().extensions().build())
            .prop("depends_on", DEPENDS_ON)
            .prop("device_cgroup_rules", LIST_OF_STRINGS)
            .prop("devices", Shape.array(Shape.oneOf(STR, Shape.object().required("source")
                    .prop("source", STR).prop("target", STR).prop("permissions", STR).closed().extensions().build())))
            .prop("dns", STRING_OR_LIST)
            .prop("dns_opt", Shape.uniqueArray(STR))
            .prop("dns_search", STRING_OR_LIST)
            .prop("domainname", STR)
            .prop("entrypoint", COMMAND)
            .prop("env_file", ENV_FILE)
            .prop("label_file", LABEL_FILE)
            .prop("environment", LIST_OR_DICT)
            .prop("expose", Shape.uniqueArray(Shape.of(STRING, NUMBER)))
            .prop("extends", Shape.oneOf(STR, Shape.object().prop("service", STR).prop("file", STR)
                    .required("service").closed().build()))
            .prop("provider", Shape.object().required("type").prop("type", STR)
                    .prop("options", Shape.object().patternProp(KeyPattern.NON_EMPTY_ANCHORED,
                            Shape.oneOf(SCALARS, Shape.array(SCALARS))).build())
                    .closed().extensions().build())
            .prop("external_links", Shape.uniqueArray(STR))
            .prop("extra_hosts", EXTRA_HOSTS)
            .prop("gpus", GPUS)
            .prop("group_add", Shape.uniqueArray(Shape.of(STRING, NUMBER)))
            .prop("healthcheck", HEALTHCHECK)
            .prop("hostname", STR)
            .prop("image", STR)
            .prop("init", BOOL_OR_STR)
            .prop("ipc", STR)
            .prop("isolation", STR)
            .prop("labels", LIST_OR_DICT)
            .prop("links", Shape.uniqueArray(STR))
            .prop("logging", Shape.object().prop("driver", STR)
                    .prop("options", Shape.object().patternProp(KeyPattern.NON_EMPTY_ANCHORED,
                            Shape.of(STRING, NUMBER, NULL)).build())
                    .closed().extensions().build())
            .prop("mac_address", STR)
            .prop("mem_limit", NUM_OR_STR)
            .prop("mem_reservation", Shape.of(STRING, INTEGER))
            .prop("mem_swappiness", INT_OR_STR)
            .prop("memswap_limit", NUM_OR_STR)
            .prop("network_mode", STR)
            .prop("models", Shape.oneOf(LIST_OF_STRINGS, Shape.object().patternProp(KeyPattern.NAME,
                    Shape.oneOf(Shape.object().prop("endpoint_var", STR).prop("model_var", STR).closed().extensions().build(),
                            Shape.of(NULL))).build()))
            .prop("networks", Shape.oneOf(LIST_OF_STRINGS, Shape.object().patternProp(KeyPattern.NAME,
                    Shape.oneOf(Shape.object().prop("aliases", LIST_OF_STRINGS).prop("interface_name", STR)
                            .prop("ipv4_address", STR).prop("ipv6_address", STR).prop("link_local_ips", LIST_OF_STRINGS)
                            .prop("mac_address", STR).prop("driver_opts", DRIVER_OPTS).prop("priority", NUM)
                            .prop("gw_priority", NUM).closed().extensions().build(), Shape.of(NULL)))
                    .closed().build()))
            .prop("oom_kill_disable", BOOL_OR_STR)
            .prop("oom_score_adj", Shape.oneOf(STR, INT.withMinimum(-1000).withMaximum(1000)))
            .prop("pid", Shape.of(STRING, NULL))
            .prop("pids_limit", NUM_OR_STR)
            .prop("platform", STR)
            .prop("ports", Shape.uniqueArray(Shape.oneOf(NUM, STR, Shape.object()
                    .prop("name", STR).prop("mode", STR).prop("host_ip", STR).prop("target", INT_OR_STR)
                    .prop("published", Shape.of(STRING, INTEGER)).prop("protocol", STR).prop("app_protocol", STR)
                    .closed().extensions().build())))
            .prop("pre_start", Shape.array(PRE_START_HOOK))
            .prop("post_start", Shape.array(SERVICE_HOOK))
            .prop("pre_stop", Shape.array(SERVICE_HOOK))
            .prop("privileged", BOOL_OR_STR)
            .prop("profiles", LIST_OF_STRINGS)
            .prop("pull_policy", STR.withPattern(StringPattern.PULL_POLICY))
            .prop("pull_refresh_after", STR)
            .prop("read_only", BOOL_OR_STR)
            .prop("restart", STR)
            .prop("runtime", STR)
            .prop("scale", INT_OR_STR)
            .prop("security_opt", Shape.uniqueArray(STR))
            .prop("shm_size", NUM_OR_STR)
            .prop("secrets", SERVICE_CONFIG_OR_SECRET)
            .prop("sysctls", LIST_OR_DICT)
            .prop("stdin_open", BOOL_OR_STR)
            .prop("stop_grace_period", STR)
            .prop("stop_signal", STR)
            .prop("storage_opt", Shape.of(OBJECT))
            .prop("tmpfs", STRING_OR_LIST)
            .prop("tty", BOOL_OR_STR)
            .prop("ulimits", ULIMITS)
            .prop("use_api_socket", BOOL)
            .prop("user", STR)
            .prop("uts", STR)
            .prop("userns_mode", STR)
            .prop("volumes", Shape.uniqueArray(SERVICE_VOLUME))
            .prop("volumes_from", Shape.uniqueArray(STR))
            .prop("working_dir", STR)
            .extensions().closed().build();

    // ---------------------------------------------------------------- the file

    /** A whole Compose file (or merged model). */
    public static final Shape ROOT = Shape.object()
            .prop("version", STR)
            .prop("name", STR)
            .prop("include", Shape.array(INCLUDE))
            .prop("services", Shape.object().patternProp(KeyPattern.NAME, SERVICE).closed().build())
            .prop("models", Shape.object().patternProp(KeyPattern.NAME, MODEL).build())
            .prop("networks", Shape.object().patternProp(KeyPattern.NAME, NETWORK).build())
            .prop("volumes", Shape.object().patternProp(KeyPattern.NAME, VOLUME).closed().build())
            .prop("secrets", Shape.object().patternProp(KeyPattern.NAME, SECRET).closed().build())
            .prop("configs", Shape.object().patternProp(KeyPattern.NAME, CONFIG).closed().build())
            .extensions().closed().build();

    /** The service shape, for tools that describe services. */
    public static Shape service() {
        return SERVICE;
    }
}
