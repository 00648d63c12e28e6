package dev.bulwark.rules.compose;

import dev.bulwark.compose.Mount;
import dev.bulwark.compose.Service;
import dev.bulwark.compose.VolumeMount;
import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model server that mounts the host directory or named volume it loads its model from
 * ({@code --model /models/llama}, {@code --model-repository=/models}, or {@code MODEL_DIR} of a
 * published model-server image) writable. A compromised or buggy server can then change the model
 * that every later start loads. Download caches ({@code HF_HOME}...) must stay writable: a mount
 * that also holds one is not judged.
 */
@RuleInfo(code = "DC038", name = "model-volume-writable", practice = Practice.MODEL_ARTIFACTS,
        severity = Severity.INFO,
        summary = "A model server mounts the volume it loads its model from writable.",
        fix = "Mount the model read-only: `./models:/models:ro` (long syntax: `read_only: true`).")
public final class ModelVolumeWritable implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (ctx.partial()) {
            return;
        }
        for (Service service : ctx.project().services()) {
            List<ServiceModelPaths.ModelPath> paths = ServiceModelPaths.of(service);
            boolean publicServer = ServiceModelPaths.isPublicModelServer(service);
            if (!publicServer && !hasServerOption(paths)) {
                continue;
            }
            List<Mount> reported = new ArrayList<>();
            for (ServiceModelPaths.ModelPath p : paths) {
                // A project's own service may write its MODEL_DIR (fine-tuned checkpoints): judged on published servers only.
                if (p.source == ServiceModelPaths.Source.CACHE_VARIABLE
                        || p.source == ServiceModelPaths.Source.MODEL_DIR && !publicServer) {
                    continue;
                }
                Optional<Mount> mount = service.mountCovering(p.path);
                if (mount.isEmpty() || !(mount.get() instanceof VolumeMount v) || v.readOnly() || v.isUnresolved()
                        || !(v.isBind() || v.isNamedVolume()) || reported.contains(v) || holdsCache(service, paths, v)) {
                    continue;
                }
                reported.add(v);
                List<RelatedLocation> related = new ArrayList<>();
                related.add(RelatedLocation.of(p.at, "model loaded from `" + p.path + "`"));
                Span at = v.span();
                if (!service.isOwnSpan(at)) {
                    related.add(RelatedLocation.of(service.nameSpan(), "used by service `" + service.name() + "`"));
                }
                sink.report(at, "model " + (v.isBind() ? "directory" : "volume") + " `" + v.source()
                        + "` is mounted writable into model server `" + service.name() + "`", related);
            }
        }
    }

    private static boolean hasServerOption(List<ServiceModelPaths.ModelPath> paths) {
        for (ServiceModelPaths.ModelPath p : paths) {
            if (p.source == ServiceModelPaths.Source.SERVER_OPTION) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsCache(Service service, List<ServiceModelPaths.ModelPath> paths, VolumeMount mount) {
        for (ServiceModelPaths.ModelPath p : paths) {
            if (p.source == ServiceModelPaths.Source.CACHE_VARIABLE) {
                Optional<Mount> m = service.mountCovering(p.path);
                if (m.isPresent() && m.get() == mount) {
                    return true;
                }
            }
        }
        return false;
    }
}
