package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerKind;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.Probe;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.PlaceholderValues;
import java.util.Locale;
import java.util.Optional;

/**
 * A probe whose port is a name that the container does not declare: the kubelet resolves a probe's
 * port name in the container's own {@code ports} only, and the probe fails when it cannot. Port
 * numbers are not judged: a dedicated health port (kubebuilder's {@code :8081}) works whether it
 * is declared or not. A probe with its own {@code host}, a KServe model spec (its ports come from
 * the ServingRuntime) and patches are not judged.
 */
@RuleInfo(code = "KU009", name = "probe-port-not-declared", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "A probe names a port the container does not declare.",
        fix = "Name one of the container's own `ports` in the probe, or declare a port of that name.")
public final class ProbePortNotDeclared implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.wholeTemplates(ctx.file())) {
            for (Container c : t.allContainers()) {
                if (c.kind() == ContainerKind.MODEL_SERVER || c.kind() == ContainerKind.TRAINER) {
                    continue;
                }
                for (Probe p : c.probes()) {
                    check(sink, t, c, p);
                }
            }
        }
    }

    private static void check(SpanSink sink, PodTemplate t, Container c, Probe p) {
        Optional<Field> port = p.port();
        if (port.isEmpty() || p.host().isPresent()) {
            return;
        }
        String probe = p.kind().name().toLowerCase(Locale.ROOT) + " probe of " + Pods.describe(c);
        Optional<String> name = p.portName();
        if (name.isPresent() && isName(name.get()) && c.port(name.get()).isEmpty()) {
            Pods.report(sink, port.get().valueSpan(), probe + " uses port name `" + name.get()
                    + "`, which the container does not declare", t);
        }
    }

    /** A port name has a letter; digits alone are a number the kubelet also accepts, a `{{...}}` a template parameter. */
    private static boolean isName(String text) {
        if (PlaceholderValues.isReference(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
