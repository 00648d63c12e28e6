package dev.bulwark.kubernetes;

/** Where a security setting that applies to a container is written. */
public enum SecurityLevel {
    /** The container's own {@code securityContext}. */
    CONTAINER,
    /** The pod's {@code securityContext}, inherited because the container does not set the field. */
    POD
}
