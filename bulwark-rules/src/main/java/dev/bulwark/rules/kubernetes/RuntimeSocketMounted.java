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
 * A {@code hostPath} volume of the Docker, containerd, CRI-O or Podman socket, or of a folder that
 * holds it ({@link RuntimeSockets}), reported at its path.
 */
@RuleInfo(code = "KU021", name = "container-runtime-socket-mounted", practice = Practice.SECURITY,
        severity = Severity.ERROR,
        summary = "A pod mounts the node's container runtime socket (Docker, containerd, CRI-O).",
        fix = "Do not mount the runtime socket; build images with a daemonless builder (BuildKit rootless, Kaniko) and talk to the Kubernetes API instead of the runtime.",
        aliases = {"CKV_K8S_27", "KSV006", "docker-sock"})
public final class RuntimeSocketMounted implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            for (Volume v : t.volumes()) {
                if (v.type() != VolumeType.HOST_PATH) {
                    continue;
                }
                Optional<Field> path = v.hostPath();
                if (path.isPresent() && RuntimeSockets.exposesRuntime(path.get().textOrEmpty())
                        && reported.add(path.get().valueSpan())) {
                    Pods.report(sink, path.get().valueSpan(), "volume `" + v.nameText() + "` of " + t.displayName()
                            + " mounts the container runtime at `" + path.get().textOrEmpty() + "`", t);
                }
            }
        }
    }
}
