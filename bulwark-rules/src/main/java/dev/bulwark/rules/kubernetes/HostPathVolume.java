package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.Volume;
import dev.bulwark.kubernetes.VolumeType;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code hostPath} volume of a pod, reported at its path (once when an Argo workflow gives the
 * volume to several templates). A path that exposes the container runtime is
 * {@link RuntimeSocketMounted}'s finding instead.
 */
@RuleInfo(code = "KU020", name = "host-path-volume", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A pod mounts a directory or file of the node (`hostPath` volume).",
        fix = "Use a PersistentVolumeClaim, an `emptyDir` or a ConfigMap; if the node's files are really needed, mount them `readOnly`.")
public final class HostPathVolume implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            for (Volume v : t.volumes()) {
                if (v.type() != VolumeType.HOST_PATH || v.source().isEmpty()) {
                    continue;
                }
                Optional<Field> path = v.hostPath();
                if (path.isPresent() && RuntimeSockets.exposesRuntime(path.get().textOrEmpty())) {
                    continue;
                }
                Span at = path.isPresent() ? path.get().valueSpan() : v.source().get().keySpan();
                if (reported.add(at)) {
                    String shown = path.isPresent() ? " `" + path.get().textOrEmpty() + "`" : "";
                    Pods.report(sink, at, "volume `" + v.nameText() + "` of " + t.displayName() + " mounts the node's path"
                            + shown, t);
                }
            }
        }
    }
}
