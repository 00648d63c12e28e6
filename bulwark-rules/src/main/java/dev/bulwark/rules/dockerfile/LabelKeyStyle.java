package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.Text;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * A label key outside the shape Docker's documentation recommends: lower-case letters, digits,
 * {@code .} and {@code -}, beginning and ending with a letter, no doubled separators. Advice, not
 * a rule of Docker or OCI (underscores and capitals are legal, and some vendors' tooling requires
 * them), so it is off by default. Reserved namespaces are {@link InvalidLabelKey}'s.
 */
@RuleInfo(code = "DF120", name = "label-key-style", practice = Practice.CORRECTNESS,
        severity = Severity.INFO, enabledByDefault = false,
        summary = "A LABEL key does not follow Docker's recommended key style (lower-case, `.` and `-` separated).",
        fix = "Use lower-case, reverse-DNS keys such as `org.opencontainers.image.source`.",
        aliases = {"DL3048"})
public final class LabelKeyStyle implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (LabelKeys.LabelKey label : LabelKeys.of(ctx)) {
            Optional<String> problem = problem(label.key());
            if (problem.isPresent()) {
                sink.report(label.range(), "label `" + label.key() + "` " + problem.get());
            }
        }
    }

    private static Optional<String> problem(String key) {
        if (key.isEmpty() || Text.startsWithAny(key, InvalidLabelKey.RESERVED)) {
            return Optional.empty();
        }
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (!lower(c) && !digit(c) && c != '.' && c != '-') {
                // White space and control characters are invalid-label-key's.
                if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                    return Optional.empty();
                }
                return Optional.of("has `" + c + "`; Docker recommends lower-case letters, digits, `.` and `-`");
            }
            if ((c == '.' || c == '-') && k > 0 && (key.charAt(k - 1) == '.' || key.charAt(k - 1) == '-')) {
                return Optional.of("has consecutive separators");
            }
        }
        if (!lower(key.charAt(0)) || !lower(key.charAt(key.length() - 1)) && !digit(key.charAt(key.length() - 1))) {
            return Optional.of("does not begin with a lower-case letter and end with a letter or digit");
        }
        return Optional.empty();
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
