package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.LabelInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * A label key outside Docker's key format: lower-case letters, digits, {@code .} and {@code -},
 * starting and ending with a letter or digit, no doubled separators, and none of the namespaces
 * Docker reserves ({@code com.docker.}, {@code io.docker.}, {@code org.dockerproject.}).
 */
@RuleInfo(code = "DF119", name = "invalid-label-key", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "A LABEL key does not follow Docker's label key format or uses a reserved namespace.",
        fix = "Use lower-case, reverse-DNS keys such as `org.opencontainers.image.source`.",
        aliases = {"DL3048"})
public final class InvalidLabelKey implements DockerfileRule {
    private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (!(i instanceof LabelInstruction label) || ctx.model().stageOf(i).isEmpty()) {
                continue;
            }
            for (KeyValue pair : label.pairs()) {
                Expansion e = ctx.model().expand(i, pair.key());
                if (!e.isOk() || !e.referenced().isEmpty()) {
                    continue;
                }
                Optional<String> problem = problem(e.text());
                if (problem.isPresent()) {
                    sink.report(pair.keyRange(), "label `" + e.text() + "` " + problem.get());
                }
            }
        }
    }

    private static Optional<String> problem(String key) {
        for (String ns : RESERVED) {
            if (key.startsWith(ns)) {
                return Optional.of("uses the reserved `" + ns + "` namespace");
            }
        }
        if (key.isEmpty() || !alnum(key.charAt(0)) || !alnum(key.charAt(key.length() - 1))) {
            return Optional.of("must start and end with a lower-case letter or digit");
        }
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (!alnum(c) && c != '.' && c != '-') {
                return Optional.of("has `" + c + "`; use lower-case letters, digits, `.` and `-`");
            }
            if ((c == '.' || c == '-') && (key.charAt(k - 1) == '.' || key.charAt(k - 1) == '-')) {
                return Optional.of("has consecutive separators");
            }
        }
        return Optional.empty();
    }

    private static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
