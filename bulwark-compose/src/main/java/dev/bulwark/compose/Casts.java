package dev.bulwark.compose;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The string values Compose converts after interpolation (NOTES 3.4; CG
 * {@code loader/interpolate.go}): every string at these paths, interpolated or not, becomes an
 * integer, a float or a boolean, and a value that does not convert makes Compose refuse the file.
 */
final class Casts {
    enum Target { INTEGER, FLOAT, BOOLEAN }

    private static final String[][] INTEGER_PATHS = {
        ModelPath.pattern("services.*.cpu_count"),
        ModelPath.pattern("services.*.cpu_period"),
        ModelPath.pattern("services.*.cpu_quota"),
        ModelPath.pattern("services.*.cpu_rt_period"),
        ModelPath.pattern("services.*.cpu_rt_runtime"),
        ModelPath.pattern("services.*.cpu_shares"),
        ModelPath.pattern("services.*.deploy.replicas"),
        ModelPath.pattern("services.*.deploy.update_config.parallelism"),
        ModelPath.pattern("services.*.deploy.rollback_config.parallelism"),
        ModelPath.pattern("services.*.deploy.restart_policy.max_attempts"),
        ModelPath.pattern("services.*.deploy.placement.max_replicas_per_node"),
        ModelPath.pattern("services.*.healthcheck.retries"),
        ModelPath.pattern("services.*.oom_score_adj"),
        ModelPath.pattern("services.*.pids_limit"),
        ModelPath.pattern("services.*.ports.[].target"),
        ModelPath.pattern("services.*.scale"),
        ModelPath.pattern("services.*.ulimits.*"),
        ModelPath.pattern("services.*.ulimits.*.hard"),
        ModelPath.pattern("services.*.ulimits.*.soft"),
    };

    private static final String[][] FLOAT_PATHS = {
        ModelPath.pattern("services.*.cpu_percent"),
        ModelPath.pattern("services.*.cpus"),
        ModelPath.pattern("services.*.deploy.update_config.max_failure_ratio"),
        ModelPath.pattern("services.*.deploy.rollback_config.max_failure_ratio"),
    };

    private static final String[][] BOOLEAN_PATHS = {
        ModelPath.pattern("services.*.init"),
        ModelPath.pattern("services.*.depends_on.*.required"),
        ModelPath.pattern("services.*.depends_on.*.restart"),
        ModelPath.pattern("services.*.healthcheck.disable"),
        ModelPath.pattern("services.*.oom_kill_disable"),
        ModelPath.pattern("services.*.privileged"),
        ModelPath.pattern("services.*.read_only"),
        ModelPath.pattern("services.*.stdin_open"),
        ModelPath.pattern("services.*.tty"),
        ModelPath.pattern("services.*.volumes.[].read_only"),
        ModelPath.pattern("services.*.volumes.[].volume.nocopy"),
        ModelPath.pattern("networks.*.external"),
        ModelPath.pattern("networks.*.internal"),
        ModelPath.pattern("networks.*.attachable"),
        ModelPath.pattern("networks.*.enable_ipv4"),
        ModelPath.pattern("networks.*.enable_ipv6"),
        ModelPath.pattern("volumes.*.external"),
        ModelPath.pattern("secrets.*.external"),
        ModelPath.pattern("configs.*.external"),
    };

    private Casts() {
    }

    /** The cast for a string at this path, or null. */
    static Target at(String[] path, int length) {
        if (length < 2) {
            return null;
        }
        for (String[] p : INTEGER_PATHS) {
            if (ModelPath.matches(path, length, p)) {
                return Target.INTEGER;
            }
        }
        for (String[] p : FLOAT_PATHS) {
            if (ModelPath.matches(path, length, p)) {
                return Target.FLOAT;
            }
        }
        for (String[] p : BOOLEAN_PATHS) {
            if (ModelPath.matches(path, length, p)) {
                return Target.BOOLEAN;
            }
        }
        return null;
    }

    /** The type the value converts to, or null when it does not convert. */
    static ScalarType apply(Target target, String value) {
        switch (target) {
            case INTEGER: {
                OptionalLong n = Numbers.parseLong(value);
                return n.isPresent() ? ScalarType.INTEGER : null;
            }
            case FLOAT: {
                OptionalDouble d = Numbers.parseDouble(value);
                return d.isPresent() ? ScalarType.FLOAT : null;
            }
            default:
                switch (value.toLowerCase(java.util.Locale.ROOT)) {
                    case "true":
                    case "false":
                    case "y":
                    case "yes":
                    case "on":
                    case "n":
                    case "no":
                    case "off":
                        return ScalarType.BOOLEAN;
                    default:
                        return null;
                }
        }
    }

    static String describe(Target target) {
        switch (target) {
            case INTEGER:
                return "an integer";
            case FLOAT:
                return "a number";
            default:
                return "a boolean";
        }
    }
}
