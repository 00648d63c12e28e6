package dev.bulwark.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rule is, independent of how it checks: the stable code ({@code DF001}), the kebab-case
 * name, the practice, the default severity, whether it runs without being selected, a one-line
 * summary, a one-line fix hint, and the IDs of other tools' checks that behave the same
 * (hadolint {@code DL3007}, Trivy {@code DS001}, Checkov {@code CKV_DOCKER_7}, BuildKit names).
 */
public record RuleMeta(
        String code,
        String name,
        Practice practice,
        Severity severity,
        boolean enabledByDefault,
        String summary,
        String fixHint,
        List<String> aliases) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleMeta {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("rule code must look like DF001: " + code);
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name must be kebab-case: " + name);
        }
        aliases = List.copyOf(aliases);
    }

    /** The two-letter family: DF Dockerfile, DI dockerignore, DC compose, KU kubernetes, BW the tool. */
    public String prefix() {
        return code.substring(0, 2);
    }
}
