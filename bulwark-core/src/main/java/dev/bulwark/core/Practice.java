package dev.bulwark.core;

import java.util.Optional;

/**
 * The practice a rule enforces. The ids are part of the findings contract (JSON {@code practice}
 * field) and must never change.
 */
public enum Practice {
    BASE_IMAGE_PINNING("base-image-pinning"),
    MINIMAL_BASE_IMAGE("minimal-base-image"),
    MULTI_STAGE_BUILD("multi-stage-build"),
    LAYER_OPTIMIZATION("layer-optimization"),
    DOCKERIGNORE("dockerignore"),
    NON_ROOT_USER("non-root-user"),
    SECRET_MANAGEMENT("secret-management"),
    DEPENDENCY_SCANNING("dependency-scanning"),
    MODEL_ARTIFACTS("model-artifacts"),
    GPU_SUPPORT("gpu-support"),
    HEALTH_MONITORING("health-monitoring"),
    RESOURCE_LIMITS("resource-limits"),
    ORCHESTRATION("orchestration"),
    SERVICE_DEPENDENCIES("service-dependencies"),
    DATA_VOLUMES("data-volumes"),
    BUILDKIT("buildkit"),
    CI_CD("ci-cd"),
    /** Least privilege beyond the user: capabilities, world-writable paths, exposed daemons. */
    SECURITY("security"),
    CORRECTNESS("correctness"),
    /** Input Docker itself would reject. */
    SYNTAX("syntax");

    private final String id;

    Practice(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Practice> fromId(String id) {
        for (Practice p : values()) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
