package dev.bulwark.compose.schema;

/**
 * The {@code pattern}s the Compose schema puts on strings, matched in plain code. JSON Schema
 * patterns are not anchored: the value must merely contain a match.
 */
public enum StringPattern {
    CONTAINER_NAME("[a-zA-Z0-9][a-zA-Z0-9_.-]+", "a valid container name"),
    PULL_POLICY("always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "a pull policy");

    private static final String[] POLICIES = {"always", "never", "build", "if_not_present", "missing", "refresh", "daily", "weekly"};

    private final String regex;
    private final String description;

    StringPattern(String regex, String description) {
        this.regex = regex;
        this.description = description;
    }

    public String regex() {
        return regex;
    }

    /** "a valid container name": how messages name what the value should be. */
    public String description() {
        return description;
    }

    public boolean matches(String value) {
        if (this == CONTAINER_NAME) {
            for (int i = 0; i + 1 < value.length(); i++) {
                if (isAlnum(value.charAt(i)) && (isAlnum(value.charAt(i + 1)) || "_.-".indexOf(value.charAt(i + 1)) >= 0)) {
                    return true;
                }
            }
            return false;
        }
        for (String policy : POLICIES) {
            if (value.contains(policy)) {
                return true;
            }
        }
        int from = 0;
        while (true) {
            int at = value.indexOf("every_", from);
            if (at < 0) {
                return false;
            }
            int i = at + 6;
            int digits = 0;
            while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                i++;
                digits++;
            }
            if (digits > 0 && i < value.length() && "wdhms".indexOf(value.charAt(i)) >= 0) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
