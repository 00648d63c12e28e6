package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.Secret;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.PlaceholderValues;
import dev.bulwark.rules.secrets.RandomValues;
import dev.bulwark.rules.secrets.SecretFormats;
import dev.bulwark.rules.secrets.SecretNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Secret object committed with literal credentials in {@code data} or {@code stringData}: an
 * entry whose key names a credential ({@code password}, {@code token}, {@code tls.key}), whose
 * value is a token of a known format or looks generated, or any entry of a Secret whose type is a
 * credential ({@code kubernetes.io/tls}, {@code basic-auth}, {@code ssh-auth},
 * {@code dockerconfigjson}). Base64 hides nothing: a sample value such as {@code password} still
 * counts. Empty values, placeholders and references ({@code ${VAR}} for envsubst) do not; a
 * Secret with only such values (a template filled at deploy time) is not reported. One finding
 * per Secret, at its first credential, with every credential value redacted.
 */
@RuleInfo(code = "KU028", name = "secret-object-committed", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.WARNING,
        summary = "A Secret object with literal credentials is committed with the manifests.",
        fix = "Revoke the values; create the Secret at deploy time (External Secrets, Sealed Secrets, SOPS, `kubectl create secret`) and keep only a reference here.")
public final class SecretObjectCommitted implements KubernetesRule {
    private static final Set<String> CREDENTIAL_TYPES = Set.of("kubernetes.io/tls", "kubernetes.io/basic-auth",
            "kubernetes.io/ssh-auth", "kubernetes.io/dockerconfigjson", "kubernetes.io/dockercfg");
    /** Keys of the typed Secrets that hold public material or names, not the credential. */
    private static final Set<String> PUBLIC_KEYS = Set.of("tls.crt", "ca.crt", "username");

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject o : ctx.file().objects()) {
            Optional<Secret> secret = o.asSecret();
            if (secret.isEmpty()) {
                continue;
            }
            boolean typed = CREDENTIAL_TYPES.contains(secret.get().typeText());
            List<Secret.Entry> credentials = new ArrayList<>();
            for (Secret.Entry e : secret.get().entries()) {
                if (isCredential(e, typed)) {
                    credentials.add(e);
                }
            }
            if (credentials.isEmpty()) {
                continue;
            }
            List<TextRange> ranges = new ArrayList<>(credentials.size());
            StringBuilder keys = new StringBuilder();
            for (Secret.Entry e : credentials) {
                ranges.add(e.valueSpan().range());
                if (keys.length() > 0) {
                    keys.append(", ");
                }
                keys.append('`').append(e.key()).append('`');
            }
            String message = SecretMessages.safe(o.displayName() + " commits literal credentials (" + keys + ")",
                    "Secret commits literal credentials", credentials.get(0).keySpan(), ranges);
            sink.reportSecret(credentials.get(0).keySpan(), message, ranges);
        }
    }

    private static boolean isCredential(Secret.Entry e, boolean typedSecret) {
        if (e.isEmpty() || PlaceholderValues.isPlaceholder(e.value()) || PlaceholderValues.isReference(e.value())) {
            return false;
        }
        Optional<String> plain = e.plainValue();
        if (plain.isEmpty()) {
            return true; // binary key material (a keystore) or base64 of something that is not text
        }
        String value = plain.get();
        if (!SecretFormats.find(value).isEmpty()) {
            return true;
        }
        if (PlaceholderValues.isPlaceholder(value) || PlaceholderValues.isReference(value)) {
            return false;
        }
        if (typedSecret) {
            return !PUBLIC_KEYS.contains(e.key());
        }
        if (SecretNames.looksSecret(e.key())) {
            return !PlaceholderValues.isSetting(value);
        }
        return RandomValues.looksRandom(value);
    }
}
