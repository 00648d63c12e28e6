package dev.bulwark.compose;

/**
 * The type of a scalar after interpolation and Compose's casts (NOTES 3.4): the YAML 1.2 core
 * schema type of the written value, except that an interpolated value is a string and the fields
 * Compose casts ({@code privileged}, {@code cpus}, {@code ports[].target}...) are converted.
 */
public enum ScalarType {
    STRING("string"),
    INTEGER("integer"),
    FLOAT("number"),
    BOOLEAN("boolean"),
    NULL("null");

    private final String displayName;

    ScalarType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
