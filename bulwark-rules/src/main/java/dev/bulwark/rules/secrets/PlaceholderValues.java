package dev.bulwark.rules.secrets;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a value written where a credential goes from the credential itself: a placeholder to fill
 * in ({@code changeme}, {@code <token>}, {@code REPLACE_ME}, {@code xxxx}), a reference resolved
 * elsewhere ({@code ${VAR}}, Kubernetes {@code $(VAR)}, an Argo or Helm {@code {{...}}}
 * parameter), or a setting that is no credential at all (a boolean, a number, a file path, a
 * plain URL). A weak sample value such as {@code password} or {@code minio123} is none of these:
 * written in a committed file, it is a literal credential.
 */
public final class PlaceholderValues {
    // Compared after lower-casing and dropping everything but letters and digits.
    private static final Set<String> PLACEHOLDER_WORDS = Set.of(
            "changeme", "changeit", "changethis", "replaceme", "replace", "todo", "tbd", "fixme", "placeholder",
            "none", "null", "nil", "empty", "na", "dummy", "fake", "example", "redacted", "notset", "unset",
            "undefined", "secretgoeshere", "tokengoeshere");
    private static final String[] PLACEHOLDER_PREFIXES = {"your", "replace", "changeme", "insert", "enter", "put",
        "placeholder", "dummy", "fake", "example", "redacted", "xxx"};
    private static final String[] PLACEHOLDER_SUFFIXES = {"here", "xxx", "placeholder", "changeme"};
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "enabled",
            "disabled");
    // Values that say "no credential here": vLLM's and llama.cpp's OpenAI-compatible servers
    // document `EMPTY` and `sk-no-key-required` as keys they ignore.
    private static final Set<String> NO_KEY_VALUES = Set.of("sk-no-key-required", "no-key", "nokey", "not-needed",
            "not_needed", "unused", "ignored", "n/a", "-");

    private PlaceholderValues() {
    }

    /** True when {@code value} is no credential: empty, a placeholder, a reference or a plain setting. */
    public static boolean isNotCredential(String value) {
        String v = unquoted(value.strip());
        // One character is a switch (`1`, `y`), never a credential.
        if (v.length() <= 1 || NO_KEY_VALUES.contains(v.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return isPlaceholder(v) || isReference(v) || isSetting(v);
    }

    // `''` and `""` passed to a program without a shell are quote characters meant as an empty value.
    private static String unquoted(String v) {
        String s = v;
        while (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** True for an empty value or one that asks to be filled in. */
    public static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return true;
        }
        // <token>, <your-api-key>, [PASSWORD], a key shown cut short (`sk-...`)
        if ((v.startsWith("<") && v.endsWith(">")) || (v.startsWith("[") && v.endsWith("]")) || v.endsWith("...")) {
            return true;
        }
        if (sameCharacter(v) || isConstantName(v)) {
            return true;
        }
        String word = normalized(v);
        if (word.isEmpty() || PLACEHOLDER_WORDS.contains(word)) {
            return true;
        }
        for (String prefix : PLACEHOLDER_PREFIXES) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        for (String suffix : PLACEHOLDER_SUFFIXES) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the value refers to something resolved later: {@code ${VAR}} and {@code $VAR}
     * (shells, Compose, envsubst), {@code $(VAR)} (Kubernetes dependent variables), {@code {{ }}}
     * (Argo parameters, Helm, Jinja), {@code %(name)s}.
     */
    public static boolean isReference(String value) {
        String v = value.strip();
        if (v.contains("${") || v.contains("$(") || v.contains("{{") || v.contains("%(")) {
            return true;
        }
        return v.length() > 1 && v.charAt(0) == '$' && (Character.isLetter(v.charAt(1)) || v.charAt(1) == '_');
    }

    /** True for a value that is a setting rather than a secret: a boolean word, a number, a path, a URL without credentials. */
    public static boolean isSetting(String value) {
        String v = value.strip();
        if (BOOLEAN_WORDS.contains(v.toLowerCase(Locale.ROOT)) || isNumber(v)) {
            return true;
        }
        if (v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~/")) {
            return v.indexOf(' ') < 0;
        }
        int scheme = v.indexOf("://");
        return scheme > 0 && v.indexOf('@', scheme) < 0 && v.indexOf(' ') < 0;
    }

    private static boolean isNumber(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && !(i == 0 && c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * An upper-case name with an underscore ({@code GITHUB_TOKEN}, {@code YOUR_API_KEY}): the name of
     * what goes there, left for a template or a person to replace, not a password.
     */
    private static boolean isConstantName(String v) {
        boolean underscore = false;
        boolean letter = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '_') {
                underscore = true;
            } else if (c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return underscore && letter && Character.isLetter(v.charAt(0));
    }

    private static boolean sameCharacter(String v) {
        if (v.length() < 3) {
            return false;
        }
        char first = Character.toLowerCase(v.charAt(0));
        for (int i = 1; i < v.length(); i++) {
            if (Character.toLowerCase(v.charAt(i)) != first) {
                return false;
            }
        }
        return true;
    }

    private static String normalized(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = Character.toLowerCase(v.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
