package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A model path with no volume mounted over it. A download cache ({@code HF_HOME},
 * {@code TRANSFORMERS_CACHE}, {@code TORCH_HOME}...) outside any volume fills the container's
 * writable layer, counts against the node's ephemeral storage and is downloaded again on every
 * restart. A model directory ({@code MODEL_DIR}) or a server's model option
 * ({@code --model /models/llama}) outside any volume is only judged for published model-server
 * images (vLLM, TGI, Triton...), which cannot hold your model; a project's own image may bake it
 * in. KServe's {@code /mnt/models} counts as a volume in KServe components.
 */
@RuleInfo(code = "KU047", name = "model-path-not-on-volume", practice = Practice.MODEL_ARTIFACTS,
        severity = Severity.WARNING,
        summary = "A model cache or model directory path is not on a volume.",
        fix = "Mount a volume at that path: a PersistentVolumeClaim for models and caches that should survive "
                + "restarts, an `emptyDir` for scratch.")
public final class ModelPathNotOnVolume implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || !ctx.set().patchesFor(object).isEmpty()) {
                continue;
            }
            for (PodTemplate template : object.podTemplates()) {
                if (!template.hasPodSpec()) {
                    continue;
                }
                for (Container container : template.allContainers()) {
                    boolean publicServer = ModelPaths.isPublicModelServer(container, ctx.set());
                    for (ModelPaths.ModelPath path : ModelPaths.of(container)) {
                        if (path.source() != ModelPaths.Source.CACHE_VARIABLE && !publicServer) {
                            continue;
                        }
                        if (ModelPaths.isOnVolume(template, container, path.path())) {
                            continue;
                        }
                        sink.report(path.at().valueSpan(), path.display() + " path `" + path.path()
                                + "` is not on a volume in " + container.displayName(), container.span(),
                                Owned.name(container));
                    }
                }
            }
        }
    }
}
