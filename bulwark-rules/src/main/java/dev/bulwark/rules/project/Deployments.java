package dev.bulwark.rules.project;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Healthcheck;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.SecurityContext;
import dev.bulwark.kubernetes.SecuritySetting;
import dev.bulwark.project.Deployment;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.compose.ServiceFindings;
import dev.bulwark.rules.compose.ServiceRunsAsRoot;
import java.util.Optional;
import java.util.OptionalLong;

/** What a deployment says about how the image runs: its user, its health check, its name. */
public final class Deployments {
    private Deployments() {
    }

    /**
     * The user the deployment sets: true for a non-root one (Compose {@code user:} not root,
     * {@code runAsNonRoot: true}, a non-zero {@code runAsUser}), false for root, empty when it sets
     * none or one whose value is not known (the image decides).
     */
    public static Optional<Boolean> runsAsNonRoot(Deployment d) {
        if (d instanceof Deployment.ComposeService c) {
            Optional<ComposeScalar> user = c.service().user();
            if (user.isEmpty() || user.get().isUnresolved() || user.get().value().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(!ServiceRunsAsRoot.isRoot(user.get().value()));
        }
        SecurityContext sc = ((Deployment.KubernetesContainer) d).container().securityContext();
        Optional<SecuritySetting> uid = sc.runAsUser();
        if (uid.isPresent()) {
            OptionalLong n = uid.get().integer();
            return n.isPresent() ? Optional.of(n.getAsLong() != 0) : Optional.empty();
        }
        Optional<SecuritySetting> nonRoot = sc.runAsNonRoot();
        return nonRoot.isPresent() && nonRoot.get().isTrue() ? Optional.of(true) : Optional.empty();
    }

    /** Where the deployment forces root: {@code user: root}/{@code "0"}, {@code runAsUser: 0}. */
    public static Optional<Span> forcesRoot(Deployment d) {
        if (d instanceof Deployment.ComposeService c) {
            Optional<ComposeScalar> user = c.service().user();
            return runsAsNonRoot(d).orElse(true) ? Optional.empty() : Optional.of(user.get().span());
        }
        Optional<SecuritySetting> uid = ((Deployment.KubernetesContainer) d).container().securityContext().runAsUser();
        return uid.isPresent() && uid.get().integer().isPresent() && uid.get().integer().getAsLong() == 0
                ? Optional.of(uid.get().span()) : Optional.empty();
    }

    /** Whether the deployment checks the container's health: a Compose healthcheck (not disabled), a probe. */
    public static boolean checksHealth(Deployment d) {
        if (d instanceof Deployment.ComposeService c) {
            Optional<Healthcheck> h = c.service().healthcheck();
            return h.isPresent() && !h.get().isDisabled() && !h.get().testArguments().isEmpty();
        }
        return !((Deployment.KubernetesContainer) d).container().probes().isEmpty();
    }

    /** "service `api`" or "container `api` of Deployment `web`", for messages. */
    public static String describe(Deployment d) {
        if (d instanceof Deployment.ComposeService c) {
            return "service `" + c.service().name() + "`";
        }
        Container c = ((Deployment.KubernetesContainer) d).container();
        return c.displayName() + " of " + c.template().displayName();
    }

    /**
     * Reports a finding about a value of the deployment where the value is; when that is outside
     * the service's own definitions or the container's pod template (an anchor, {@code extends}),
     * the finding also names the service or the template.
     */
    public static void report(SpanSink sink, Deployment d, Span at, String message) {
        if (d instanceof Deployment.ComposeService c) {
            ServiceFindings.report(sink, c.service(), at, message);
            return;
        }
        PodTemplate t = ((Deployment.KubernetesContainer) d).container().template();
        sink.report(at, message, t.span(), t.displayName());
    }

    /**
     * Whether the comments in a Compose service's block (from its name to the next line indented
     * as little) mention {@code word}, case-insensitively: a commented-out setting the author
     * left for users to turn on ("Uncomment to use a GPU").
     */
    public static boolean commentsMention(Deployment.ComposeService c, String word) {
        Span name = c.service().nameSpan();
        String text = name.source().text();
        int lineStart = text.lastIndexOf('\n', name.range().start() - 1) + 1;
        int indent = name.range().start() - lineStart;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int at = text.indexOf('\n', name.range().start());
        while (at >= 0 && at + 1 < text.length()) {
            int start = at + 1;
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            String stripped = line.strip();
            int lineIndent = line.length() - line.stripLeading().length();
            if (!stripped.isEmpty() && !stripped.startsWith("#") && lineIndent <= indent) {
                return false;
            }
            if (stripped.startsWith("#") && stripped.toLowerCase(java.util.Locale.ROOT).contains(lower)) {
                return true;
            }
            at = end;
        }
        return false;
    }

    /**
     * Whether the deployment's environment asks for the CPU: a variable named like a device
     * ({@code DEVICE}, {@code TORCH_DEVICE}) set to {@code cpu}, or {@code CUDA_VISIBLE_DEVICES}
     * set to nothing or {@code -1}.
     */
    public static boolean choosesCpu(Deployment d) {
        java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
        if (d instanceof Deployment.ComposeService c) {
            for (dev.bulwark.compose.KeyValue kv : c.service().environment()) {
                env.put(kv.key(), kv.valueText());
            }
        } else {
            for (dev.bulwark.kubernetes.EnvVar e : ((Deployment.KubernetesContainer) d).container().env()) {
                if (e.value().isPresent()) {
                    env.put(e.name(), e.value().get().textOrEmpty());
                }
            }
        }
        for (java.util.Map.Entry<String, String> e : env.entrySet()) {
            String name = e.getKey().toUpperCase(java.util.Locale.ROOT);
            String value = e.getValue().strip();
            if (name.equals("CUDA_VISIBLE_DEVICES") && (value.isEmpty() || value.equals("-1"))
                    || name.contains("DEVICE") && value.equalsIgnoreCase("cpu")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the deployment's own command, arguments or environment mention {@code text}. */
    public static boolean mentions(Deployment d, String text) {
        if (d instanceof Deployment.ComposeService c) {
            Service s = c.service();
            if (s.command().isPresent() && s.command().get().text().contains(text)
                    || s.entrypoint().isPresent() && s.entrypoint().get().text().contains(text)) {
                return true;
            }
            for (dev.bulwark.compose.KeyValue kv : s.environment()) {
                if (kv.valueText().contains(text)) {
                    return true;
                }
            }
            return false;
        }
        return containerMentions(((Deployment.KubernetesContainer) d).container(), text);
    }

    // In its command, args or env values, not in its probes.
    private static boolean containerMentions(Container k, String text) {
        for (dev.bulwark.kubernetes.Field f : k.command()) {
            if (f.textOrEmpty().contains(text)) {
                return true;
            }
        }
        for (dev.bulwark.kubernetes.Field f : k.args()) {
            if (f.textOrEmpty().contains(text)) {
                return true;
            }
        }
        for (dev.bulwark.kubernetes.EnvVar e : k.env()) {
            if (e.value().isPresent() && e.value().get().textOrEmpty().contains(text)) {
                return true;
            }
        }
        return false;
    }
}
