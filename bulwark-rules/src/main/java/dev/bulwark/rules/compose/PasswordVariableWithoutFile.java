package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.KeyValue;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.secrets.SecretNames;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A password passed in {@code environment} to an image whose entrypoint also reads it from a file
 * ({@code POSTGRES_PASSWORD} where {@code postgres} reads {@code POSTGRES_PASSWORD_FILE}; the
 * images and variables are in {@link KnownImages}). However the value is given (written,
 * {@code ${VAR}} from {@code .env}, taken from the shell), it sits in the container's environment:
 * {@code docker inspect} shows it, child processes inherit it, crash reports and debug pages print
 * it. The {@code _FILE} variant with a Compose secret keeps it in a file readable only inside the
 * container. Only secret-named variables count ({@code POSTGRES_USER} and {@code POSTGRES_DB} have
 * {@code _FILE} forms too, but are not secrets); an empty value, or the {@code _FILE} variant also
 * set, is not reported. Built images are not judged (their entrypoint is not known).
 */
@RuleInfo(code = "DC041", name = "password-variable-without-file", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.WARNING,
        summary = "A password is passed as an environment variable to an image that reads it from a `_FILE`.",
        fix = "Declare the password under top-level `secrets:`, grant it to the service, and set the `_FILE` variable to `/run/secrets/<name>`.")
public final class PasswordVariableWithoutFile implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (Service service : ctx.project().services()) {
            Optional<ImageName> image = ServiceImages.pulled(service);
            if (image.isEmpty()) {
                continue;
            }
            Optional<KnownImages.Known> known = KnownImages.of(image.get());
            if (known.isEmpty() || known.get().fileVariables().isEmpty()) {
                continue;
            }
            Map<String, String> files = known.get().fileVariables();
            for (KeyValue entry : service.environment()) {
                String fileVariable = files.get(entry.key());
                if (fileVariable == null || !SecretNames.looksSecret(entry.key()) || isEmptyValue(entry)
                        || service.resolvedEnvironment().containsKey(fileVariable)) {
                    continue;
                }
                if (!reported.add(entry.keySpan())) {
                    continue;
                }
                String message = "`" + entry.key() + "` passed in the environment; `" + known.get().name() + "` reads `"
                        + fileVariable + "`";
                Optional<ComposeScalar> value = entry.value();
                if (value.isPresent() && !value.get().isInterpolated() && !value.get().isImplied()) {
                    // The line shows the password: it is redacted like any written secret.
                    SecretLiterals.report(sink, entry.keySpan(), value.get().span(), message);
                } else {
                    ServiceFindings.report(sink, service, entry.keySpan(), message);
                }
            }
        }
    }

    // `KEY: ""` sets nothing; a bare `KEY` takes the value from the shell, which is still the environment.
    private static boolean isEmptyValue(KeyValue entry) {
        return entry.value().isPresent() && !entry.value().get().isInterpolated()
                && entry.value().get().value().strip().isEmpty();
    }
}
