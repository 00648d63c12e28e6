package dev.bulwark.rules.secrets;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a literal that cannot be a working credential (an empty value, a switch, a template
 * marker to fill in, a conventional "no key" value, a reference to a file, a URL or a variable)
 * from one that can. A secret-named variable written with any other literal commits a credential,
 * however weak: {@code POSTGRES_PASSWORD: postgres} and {@code changeme} are passwords the service
 * really runs with, and everyone who reads the file knows them.
 */
public final class PlaceholderValues {
    // Values that switch a feature or say "no credential", not credentials: vLLM's and llama.cpp's
    // OpenAI-compatible servers document `EMPTY` and `sk-no-key-required` as keys they ignore.
    private static final Set<String> NON_VALUES = Set.of("true", "false", "yes", "no", "on", "off", "null", "nil",
            "none", "empty", "unset", "notset", "not-set", "not_set", "disabled", "enabled", "n/a", "na", "-", "tbd",
            "sk-no-key-required", "no-key", "nokey", "not-needed", "not_needed", "unused", "ignored", "dummy",
            "fake", "placeholder");
    // Words of template markers: `<your-token>`, `your_api_key_here`, `xxxx`, `REPLACE_ME`.
    private static final String[] MARKERS = {"YOUR", "XXX", "REPLACE", "PLACEHOLDER", "EXAMPLE", "INSERT", "TODO",
            "FIXME", "REDACTED", "_HERE", "-HERE", "PUT_", "ENTER_", "FILL", "***", "..."};

    private PlaceholderValues() {
    }

    /** True when {@code value} is not a credential: empty, a switch, a marker, a reference, a path or a URL. */
    public static boolean isNotACredential(String value) {
        String v = unquoted(value.strip());
        // One character is a switch (`1`), never a credential.
        if (v.length() <= 1 || NON_VALUES.contains(v.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return isTemplateMarker(v) || isReference(v);
    }

    // `''` and `""` passed without a shell are quote characters meant as an empty value.
    private static String unquoted(String v) {
        String s = v;
        while (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** A value meant to be replaced: {@code <token>}, {@code your-key-here}, {@code xxxx}, {@code REPLACE_ME}. */
    public static boolean isTemplateMarker(String value) {
        if (value.startsWith("<") || value.startsWith("{{") || value.startsWith("[") && value.endsWith("]")) {
            return true;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        for (String marker : MARKERS) {
            if (upper.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** A path, URL or variable reference: where the secret is, not the secret. */
    public static boolean isReference(String value) {
        return value.startsWith("/") || value.startsWith("./") || value.startsWith("../") || value.startsWith("~/")
                || value.contains("://") || value.indexOf('$') >= 0 || value.startsWith("file:")
                || value.startsWith("vault:") || value.startsWith("secret:");
    }
}
