package dev.bulwark.compose.schema;

/** The JSON types a schema names. */
public enum JsonType {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    NULL("null"),
    OBJECT("mapping"),
    ARRAY("list");

    private final String displayName;

    JsonType(String displayName) {
        this.displayName = displayName;
    }

    /** The word messages use ({@code mapping} and {@code list}, as Compose users say). */
    public String displayName() {
        return displayName;
    }

    /** The name in JSON Schema ({@code "object"}, {@code "array"}...). */
    public String schemaName() {
        return this == OBJECT ? "object" : this == ARRAY ? "array" : displayName;
    }
}
