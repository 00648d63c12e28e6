package dev.bulwark.rules.compose;

import dev.bulwark.compose.Build;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.KeyValue;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.PlaceholderValues;
import dev.bulwark.rules.secrets.SecretNames;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A credential passed to a build through {@code build.args}: a token of a known format in any
 * argument, or an argument whose name says it is secret ({@code HF_TOKEN}, {@code GITHUB_TOKEN},
 * {@code PIP_PASSWORD}). Unlike {@code environment}, a build argument leaks even when its value
 * comes from {@code .env} or the shell: it is recorded in the image's build history
 * ({@code docker history}), in the metadata of every layer built with it, and in build caches. So
 * the name alone is enough; a literal value is also a committed credential. Empty values,
 * switches and template markers are not reported.
 */
@RuleInfo(code = "DC043", name = "secret-in-build-args", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A secret is passed to the image build as a build argument.",
        fix = "Use `build.secrets` with a top-level secret, and `RUN --mount=type=secret,id=...` in the Dockerfile.")
public final class SecretInBuildArgs implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (Service service : ctx.project().services()) {
            Optional<Build> build = service.build();
            if (build.isEmpty()) {
                continue;
            }
            for (KeyValue arg : build.get().args()) {
                if (!reported.add(arg.keySpan())) {
                    continue;
                }
                Optional<ComposeScalar> value = arg.value();
                List<SecretLiterals.Found> formats = value.isPresent() ? SecretLiterals.formats(value.get())
                        : List.<SecretLiterals.Found>of();
                if (!formats.isEmpty()) {
                    SecretLiterals.Found f = formats.get(0);
                    SecretLiterals.report(sink, arg.keySpan(), f.span(), f.kind().description() + " (`" + f.kind().shape()
                            + "`) written in build arg `" + arg.key() + "`");
                    continue;
                }
                if (!SecretNames.looksSecret(arg.key()) || isNoValue(value)) {
                    continue;
                }
                if (value.isPresent() && SecretLiterals.isCommittedCredential(value.get())) {
                    SecretLiterals.report(sink, arg.keySpan(), value.get().span(),
                            "literal value of build arg `" + arg.key() + "` in the Compose file");
                } else {
                    ServiceFindings.report(sink, service, arg.keySpan(), "build arg `" + arg.key()
                            + "` passes a secret into the image history");
                }
            }
        }
    }

    /**
     * Nothing secret is passed: an empty literal, a switch, a template marker, a path. A bare {@code KEY} (the
     * shell's value) and a {@code ${VAR}} pass whatever the variable holds.
     */
    private static boolean isNoValue(Optional<ComposeScalar> value) {
        if (value.isEmpty() || value.get().isInterpolated()) {
            return false;
        }
        return PlaceholderValues.isNotCredential(value.get().value());
    }
}
