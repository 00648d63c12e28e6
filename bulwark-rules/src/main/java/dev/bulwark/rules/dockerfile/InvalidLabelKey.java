package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * A label key that cannot be used or is not the image's to use: empty, with white space or
 * control characters (no {@code --filter label=…} can name it), or in a namespace Docker reserves
 * ({@code com.docker.}, {@code io.docker.}, {@code org.dockerproject.}). Docker's advice on the
 * shape of a key is {@link LabelKeyStyle}'s.
 */
@RuleInfo(code = "DF119", name = "invalid-label-key", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "A LABEL key is empty, has white space or control characters, or uses a namespace Docker reserves.",
        fix = "Use a reverse-DNS key of your own, such as `org.opencontainers.image.source` or `com.example.team`.",
        aliases = {"DL3048"})
public final class InvalidLabelKey implements DockerfileRule {
    static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");

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
        if (key.isEmpty()) {
            return Optional.of("is empty");
        }
        for (String ns : RESERVED) {
            if (key.startsWith(ns)) {
                return Optional.of("uses the reserved `" + ns + "` namespace");
            }
        }
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.of("has white space or a control character");
            }
        }
        return Optional.empty();
    }
}
