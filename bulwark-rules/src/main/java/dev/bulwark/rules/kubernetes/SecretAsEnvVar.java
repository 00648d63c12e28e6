package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.EnvFrom;
import dev.bulwark.kubernetes.EnvSource;
import dev.bulwark.kubernetes.EnvVar;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * An environment variable read from a Secret ({@code valueFrom.secretKeyRef}) or a whole Secret
 * imported as variables ({@code envFrom.secretRef}). Off by default: it is the documented way to
 * pass a secret and many programs only read variables; turn it on where secrets must be files.
 */
@RuleInfo(code = "KU029", name = "secret-as-env-var", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.INFO, enabledByDefault = false,
        summary = "A Secret is passed as environment variables instead of a mounted file.",
        fix = "Mount the Secret as a volume (read-only, `defaultMode: 0400`) and point the program at the file (`*_FILE` variables).",
        aliases = {"CKV_K8S_35"})
public final class SecretAsEnvVar implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.templates(ctx.file())) {
            for (Container c : t.allContainers()) {
                for (EnvVar e : c.env()) {
                    if (e.source() == EnvSource.SECRET_KEY_REF) {
                        String secret = e.referencedName().isPresent() ? " from Secret `"
                                + e.referencedName().get().textOrEmpty() + "`" : "";
                        Pods.report(sink, e.locator(), "`" + e.name() + "` of " + Pods.describe(c) + " reads a secret"
                                + secret + " as a variable", t);
                    }
                }
                for (EnvFrom from : c.envFrom()) {
                    if (from.kind() == EnvFrom.Kind.SECRET) {
                        String secret = from.name().isPresent() ? "Secret `" + from.name().get().textOrEmpty() + "`"
                                : "a Secret";
                        Pods.report(sink, from.name().isPresent() ? from.name().get().valueSpan() : from.span(),
                                Pods.describe(c) + " imports " + secret + " as variables", t);
                    }
                }
            }
        }
    }
}
