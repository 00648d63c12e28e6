package dev.bulwark.kubernetes;

import dev.bulwark.yaml.ScalarStyle;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlTags;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How Kubernetes reads a YAML scalar. {@code sigs.k8s.io/yaml} converts YAML to JSON with YAML 1.1
 * resolution (go-yaml v2): plain {@code yes/no/on/off/y/n} are booleans, so {@code NO} as a label
 * value is rejected and {@code hostNetwork: yes} is true. The adapter resolves YAML 1.2 core tags;
 * this class adds the 1.1 words for plain scalars.
 */
final class Scalars {

    private Scalars() {
    }

    static Optional<Boolean> bool(YamlScalar s) {
        if (YamlTags.BOOL.equals(s.tag())) {
            return Optional.of(Boolean.valueOf(s.value().equalsIgnoreCase("true")));
        }
        if (s.style() != ScalarStyle.PLAIN) {
            return Optional.empty();
        }
        switch (s.value()) {
            case "y": case "Y": case "yes": case "Yes": case "YES": case "on": case "On": case "ON":
                return Optional.of(Boolean.TRUE);
            case "n": case "N": case "no": case "No": case "NO": case "off": case "Off": case "OFF":
                return Optional.of(Boolean.FALSE);
            default:
                return Optional.empty();
        }
    }

    /**
     * A string for Kubernetes: quoted or block, or plain and neither number, boolean nor null. Other
     * tags the loader gives plain scalars (it tags {@code ${VAR}} as {@code !ENV_VARIABLE}) are
     * strings to Kubernetes.
     */
    static boolean isString(YamlScalar s) {
        if (s.style() != ScalarStyle.PLAIN) {
            return true;
        }
        String tag = s.tag();
        if (YamlTags.INT.equals(tag) || YamlTags.FLOAT.equals(tag) || YamlTags.BOOL.equals(tag)
                || YamlTags.NULL.equals(tag)) {
            return false;
        }
        return bool(s).isEmpty();
    }

    /**
     * True for a value a platform substitutes before the API sees it: Argo Workflows parameters
     * ({@code "{{inputs.parameters.mem}}"}) and Katib trial parameters
     * ({@code ${trialParameters.lr}}). Such a value is not judged for its type or syntax.
     */
    static boolean isPlaceholder(String value) {
        return value.contains("{{") || value.contains("${trialParameters.");
    }

    static boolean isNull(YamlScalar s) {
        return YamlTags.NULL.equals(s.tag());
    }

    static OptionalLong integer(YamlScalar s) {
        if (!YamlTags.INT.equals(s.tag())) {
            return OptionalLong.empty();
        }
        return parseInteger(s.value());
    }

    /** Decimal with optional sign, {@code 0x} hex or {@code 0o} octal (YAML 1.2 core); empty on overflow. */
    static OptionalLong parseInteger(String text) {
        String t = text;
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("+")) {
            negative = t.charAt(0) == '-';
            t = t.substring(1);
        }
        int radix = 10;
        if (t.startsWith("0x")) {
            radix = 16;
            t = t.substring(2);
        } else if (t.startsWith("0o")) {
            radix = 8;
            t = t.substring(2);
        }
        if (t.isEmpty() || t.length() > 18) {
            return OptionalLong.empty();
        }
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            int d = Character.digit(t.charAt(i), radix);
            if (d < 0) {
                return OptionalLong.empty();
            }
            v = v * radix + d;
        }
        return OptionalLong.of(negative ? -v : v);
    }
}
