package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.EnvVar;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.SecretFormats;
import dev.bulwark.rules.secrets.SecretMatch;
import java.util.List;

/**
 * A literal credential in an environment variable's {@code value}: a token of a known format
 * (GitHub, Hugging Face, OpenAI, AWS... whatever the variable's name), or the written-out value
 * of a variable whose name says it holds a password, token or secret key ({@link Credentials}).
 * The value is redacted in every output.
 */
@RuleInfo(code = "KU026", name = "secret-in-env-value", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A credential is written as the literal value of an environment variable.",
        fix = "Revoke the credential, store it in a Secret (created outside the repository) and use `valueFrom.secretKeyRef`.")
public final class SecretInEnvValue implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.templates(ctx.file())) {
            for (Container c : t.allContainers()) {
                for (EnvVar e : c.env()) {
                    if (e.hasLiteralValue()) {
                        check(sink, c, e, e.value().get());
                    }
                }
            }
        }
    }

    private static void check(SpanSink sink, Container c, EnvVar e, Field value) {
        List<SecretMatch> matches = SecretFormats.find(value.textOrEmpty());
        if (!matches.isEmpty()) {
            for (SecretMatch m : matches) {
                List<TextRange> ranges = List.of(ScalarRanges.of(value, m.range().start(), m.range().end()));
                String message = SecretMessages.safe(m.kind().description() + " (`" + m.kind().shape() + "`) in `"
                        + e.name() + "` of " + Pods.describe(c), m.kind().description() + " in an environment variable",
                        value.valueSpan(), ranges);
                sink.reportSecret(value.valueSpan(), message, ranges);
            }
            return;
        }
        if (Credentials.isLiteral(e.name(), value.textOrEmpty())) {
            List<TextRange> ranges = List.of(ScalarRanges.value(value));
            String message = SecretMessages.safe("literal value of `" + e.name() + "` in " + Pods.describe(c),
                    "literal credential in an environment variable", value.valueSpan(), ranges);
            sink.reportSecret(value.valueSpan(), message, ranges);
        }
    }
}
