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
import java.util.ArrayList;
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
                List<Found> found = new ArrayList<>();
                for (EnvVar e : c.env()) {
                    if (e.hasLiteralValue()) {
                        find(c, e, e.value().get(), found);
                    }
                }
                // Every finding redacts all the container's secrets: flow-style env puts several on a line.
                List<TextRange> all = new ArrayList<>(found.size());
                for (Found f : found) {
                    all.add(f.range);
                }
                for (Found f : found) {
                    List<TextRange> ranges = SecretMessages.inFileOf(f.value.valueSpan(), all);
                    sink.reportSecret(f.value.valueSpan(), SecretMessages.safe(f.message, f.fallback,
                            f.value.valueSpan(), ranges), ranges);
                }
            }
        }
    }

    private static void find(Container c, EnvVar e, Field value, List<Found> out) {
        List<SecretMatch> matches = SecretFormats.find(value.textOrEmpty());
        if (!matches.isEmpty()) {
            for (SecretMatch m : matches) {
                out.add(new Found(value, ScalarRanges.of(value, m.range().start(), m.range().end()),
                        m.kind().description() + " (`" + m.kind().shape() + "`) in `" + e.name() + "` of "
                                + Pods.describe(c), m.kind().description() + " in an environment variable"));
            }
        } else if (Credentials.isLiteral(e.name(), value.textOrEmpty())) {
            out.add(new Found(value, ScalarRanges.value(value), "literal value of `" + e.name() + "` in "
                    + Pods.describe(c), "literal credential in an environment variable"));
        }
    }

    /** A credential found in a variable's value, and how to name it. */
    private static final class Found {
        final Field value;
        final TextRange range;
        final String message;
        final String fallback;

        Found(Field value, TextRange range, String message, String fallback) {
            this.value = value;
            this.range = range;
            this.message = message;
            this.fallback = fallback;
        }
    }
}
