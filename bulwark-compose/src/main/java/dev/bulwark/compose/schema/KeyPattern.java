package dev.bulwark.compose.schema;

/** The {@code patternProperties} patterns of the Compose schema, matched in plain code. */
public enum KeyPattern {
    /** Extension keys. */
    EXTENSION("^x-"),
    /** Service, network, volume, secret, config and model names. */
    NAME("^[a-zA-Z0-9._-]+$"),
    /** Any non-empty key. */
    NON_EMPTY_ANCHORED("^.+$"),
    /** Any non-empty key (written without anchors in {@code list_or_dict} and {@code extra_hosts}). */
    NON_EMPTY(".+"),
    /** {@code ulimits} names. */
    LOWERCASE("^[a-z]+$");

    private final String regex;

    KeyPattern(String regex) {
        this.regex = regex;
    }

    /** The pattern as the schema writes it. */
    public String regex() {
        return regex;
    }

    public boolean matches(String key) {
        switch (this) {
            case EXTENSION:
                return key.startsWith("x-");
            case NAME:
                if (key.isEmpty()) {
                    return false;
                }
                for (int i = 0; i < key.length(); i++) {
                    char c = key.charAt(i);
                    if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')
                            && c != '.' && c != '_' && c != '-') {
                        return false;
                    }
                }
                return true;
            case NON_EMPTY_ANCHORED:
            case NON_EMPTY:
                return !key.isEmpty();
            default:
                if (key.isEmpty()) {
                    return false;
                }
                for (int i = 0; i < key.length(); i++) {
                    char c = key.charAt(i);
                    if (c < 'a' || c > 'z') {
                        return false;
                    }
                }
                return true;
        }
    }
}
