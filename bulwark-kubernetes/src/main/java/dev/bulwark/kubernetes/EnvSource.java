package dev.bulwark.kubernetes;

/** Where an environment variable's value comes from. */
public enum EnvSource {
    /** {@code value:} written in the manifest (or neither {@code value} nor {@code valueFrom}: the empty string). */
    LITERAL,
    SECRET_KEY_REF,
    CONFIG_MAP_KEY_REF,
    FIELD_REF,
    RESOURCE_FIELD_REF,
    FILE_KEY_REF,
    /** A {@code valueFrom} of another or no known form. */
    OTHER
}
