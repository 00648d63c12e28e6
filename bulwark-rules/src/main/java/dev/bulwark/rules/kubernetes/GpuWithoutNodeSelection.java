package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.ResourceQuantity;
import dev.bulwark.kubernetes.StringMap;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * A pod with a GPU limit and nothing that steers it to GPU nodes: no tolerations (GPU node pools
 * are usually tainted, {@code nvidia.com/gpu:NoSchedule}), no {@code nodeSelector}, no node
 * affinity, no {@code runtimeClassName} (a RuntimeClass can carry scheduling constraints) and no
 * Kueue queue (Kueue injects the flavor's node selection). The scheduler only places it where the
 * resource is advertised, so the pod may wait Pending on tainted nodes, or land on whichever GPU
 * model happens to be free. Runtime templates (ServingRuntimes, TrainingRuntimes) are left to
 * the jobs and services that use them, which set scheduling.
 */
@RuleInfo(code = "KU044", name = "gpu-without-node-selection", practice = Practice.GPU_SUPPORT,
        severity = Severity.INFO,
        summary = "A pod asks for GPUs without tolerations, a node selector or node affinity for GPU nodes.",
        fix = "Add the toleration for your GPU nodes' taint (`nvidia.com/gpu: NoSchedule`) and a `nodeSelector` "
                + "for the GPU model (`nvidia.com/gpu.product`).")
public final class GpuWithoutNodeSelection implements KubernetesRule {
    private static final String KUEUE_QUEUE = "kueue.x-k8s.io/queue-name";

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || !ctx.set().patchesFor(object).isEmpty() || hasQueue(object.labels())) {
                continue;
            }
            for (PodTemplate template : object.podTemplates()) {
                if (!template.hasPodSpec() || GpuWorkloads.isRuntimeTemplate(template) || steered(template)) {
                    continue;
                }
                Optional<ResourceQuantity> gpu = GpuWorkloads.gpuLimit(template);
                if (gpu.isPresent()) {
                    Owned.report(sink, gpu.get().span(), "`" + gpu.get().name() + "` limit in "
                            + template.displayName() + " without tolerations, nodeSelector or node affinity", template);
                }
            }
        }
    }

    private static boolean steered(PodTemplate template) {
        return !template.tolerations().isEmpty() || !template.nodeSelector().isEmpty() || template.hasNodeAffinity()
                || template.runtimeClassName().isPresent() || template.nodeName().isPresent()
                || hasQueue(template.labels());
    }

    private static boolean hasQueue(StringMap labels) {
        return labels.containsKey(KUEUE_QUEUE);
    }
}
