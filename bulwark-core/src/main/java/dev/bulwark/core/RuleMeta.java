package dev.bulwark.core;

import java.util.List;

/**
 * What a rule is, independent of how it checks: the stable code ({@code DF001}), the kebab-case
 * name, the practice, the default severity, whether it runs without being selected, a one-line
 * summary, a one-line fix hint, and the IDs of other tools' checks that behave the same
 * (hadolint {@code DL3007}, Trivy {@code DS001}, Checkov {@code CKV_DOCKER_7}, BuildKit names),
 * and whether its findings come with a fix that {@code bulwark fix} applies ({@code autofix}).
 */
public record RuleMeta(
        String code,
        String name,
        Practice practice,
        Severity severity,
        boolean enabledByDefault,
        String summary,
        String fixHint,
        List<String> aliases,
        FixApplicability autofix) {

    // Checked by hand, not with a regular expression: every rule's metadata is built at every
    // start, and compiling a pattern links the JDK's regex lambdas on a cold JVM (bench/README.md,
    // "Start-up").
    public RuleMeta {
        if (!isCode(code)) {
            throw new IllegalArgumentException("rule code must look like DF001: " + code);
        }
        if (!isKebabCase(name)) {
            throw new IllegalArgumentException("rule name must be kebab-case: " + name);
        }
        aliases = List.copyOf(aliases);
        if (autofix == null) {
            throw new NullPointerException("autofix");
        }
    }

    /** A rule without a fix. */
    public RuleMeta(String code, String name, Practice practice, Severity severity, boolean enabledByDefault,
                    String summary, String fixHint, List<String> aliases) {
        this(code, name, practice, severity, enabledByDefault, summary, fixHint, aliases, FixApplicability.NONE);
    }

    /** Two capital ASCII letters and three ASCII digits. */
    private static boolean isCode(String code) {
        return code.length() == 5 && isUpper(code.charAt(0)) && isUpper(code.charAt(1))
                && isDigit(code.charAt(2)) && isDigit(code.charAt(3)) && isDigit(code.charAt(4));
    }

    /** Words of small ASCII letters and digits joined by single hyphens, starting with a letter. */
    private static boolean isKebabCase(String name) {
        if (name.isEmpty() || !isLower(name.charAt(0)) || name.charAt(name.length() - 1) == '-') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c == '-' ? name.charAt(i - 1) != '-' : isLower(c) || isDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The two-letter family: DF Dockerfile, DI dockerignore, DC compose, KU kubernetes, BW the tool. */
    public String prefix() {
        return code.substring(0, 2);
    }
}
