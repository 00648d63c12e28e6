package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A model path with no volume or bind mount at or above it ({@link ServiceModelPaths}). A download
 * cache ({@code HF_HOME}, {@code TRANSFORMERS_CACHE}, {@code TORCH_HOME}...) outside any mount
 * fills the container's writable layer and is downloaded again whenever the container is
 * recreated. {@code MODEL_DIR} and a server's model option ({@code --model /models/llama}) are only
 * judged for published model-server images (vLLM, TGI, Triton...), which cannot hold your model; a
 * project's own image may bake it in. Paths under {@code /tmp} are throw-away by choice.
 */
@RuleInfo(code = "DC037", name = "model-cache-without-volume", practice = Practice.MODEL_ARTIFACTS,
        severity = Severity.WARNING,
        summary = "A model cache or model path of a service is not on a volume.",
        fix = "Mount a named volume (or a host directory) at that path: `volumes: [hf-cache:/models/hf]`.")
public final class ModelCacheWithoutVolume implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (ctx.partial()) {
            return;
        }
        for (Service service : ctx.project().services()) {
            boolean publicServer = ServiceModelPaths.isPublicModelServer(service);
            for (ServiceModelPaths.ModelPath p : ServiceModelPaths.of(service)) {
                if (p.source != ServiceModelPaths.Source.CACHE_VARIABLE && !publicServer
                        || ContainerPaths.isTemporary(p.path) || service.mountCovering(p.path).isPresent()) {
                    continue;
                }
                ServiceFindings.report(sink, service, p.at, "`" + p.name + "` path `" + p.path
                        + "` of service `" + service.name() + "` is not on a volume");
            }
        }
    }
}
