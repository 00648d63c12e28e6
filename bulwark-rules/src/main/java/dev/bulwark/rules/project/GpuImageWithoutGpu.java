package dev.bulwark.rules.project;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerKind;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.project.Deployment;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.compose.ServiceGpus;
import dev.bulwark.rules.images.GpuVendor;
import dev.bulwark.rules.kubernetes.GpuWorkloads;
import java.util.Optional;

/**
 * An image built in the repository on a GPU base (CUDA, ROCm, a GPU framework build:
 * {@code GpuImages}) run by a Compose service that reserves no GPU or a Kubernetes container
 * without a GPU limit: it starts and fails, or silently runs on the CPU. The pulled-image
 * counterparts are DC035 and KU043; this one follows the image name or the {@code build:} to the
 * Dockerfile. Init containers, pods that coordinate GPU work without doing it, runtime templates
 * and objects an overlay patches are not judged, nor a Compose service whose comments mention a
 * GPU (a reservation left commented out for those who have one), nor a deployment whose
 * environment chooses the CPU ({@code DEVICE=cpu}, {@code CUDA_VISIBLE_DEVICES=""}).
 */
@RuleInfo(code = "PJ004", name = "gpu-image-without-gpu", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "An image built on a GPU base runs without a GPU reservation (Compose) or GPU limit (Kubernetes).",
        fix = "Reserve the GPU (`deploy.resources.reservations.devices` with `capabilities: [gpu]`, or `resources.limits: {nvidia.com/gpu: 1}`), or build the image on a CPU base.")
public final class GpuImageWithoutGpu implements ProjectRule {

    @Override
    public void check(ProjectCheck ctx, SpanSink sink) {
        for (ProjectCheck.Run run : ctx.runs(Practice.GPU_SUPPORT)) {
            Deployment d = run.deployment();
            Optional<GpuVendor> vendor = run.image().gpu();
            if (vendor.isEmpty() || Deployments.choosesCpu(d)) {
                continue;
            }
            String why = ctx.dockerfileName() + " builds it on the " + vendor.get().displayName() + " image `"
                    + run.image().baseText() + "`";
            if (d instanceof Deployment.ComposeService c) {
                // A GPU reservation left commented out makes the GPU the user's choice.
                if (!ServiceGpus.has(c.service(), vendor.get()) && !Deployments.commentsMention(c, "gpu")) {
                    sink.report(c.service().nameSpan(), "service `" + c.service().name() + "` reserves no GPU, but "
                            + why);
                }
                continue;
            }
            Container container = ((Deployment.KubernetesContainer) d).container();
            PodTemplate template = container.template();
            if (container.kind() == ContainerKind.INIT || container.image().isEmpty()
                    || container.resources().accelerator().isPresent() || GpuWorkloads.coordinatesWithoutGpu(template)
                    || GpuWorkloads.isRuntimeTemplate(template)
                    || !((Deployment.KubernetesContainer) d).set().patchesFor(template.object()).isEmpty()) {
                continue;
            }
            Deployments.report(sink, d, container.image().get().valueSpan(), Deployments.describe(d) + " has no `"
                    + vendor.get().kubernetesResource() + "` limit, but " + why);
        }
    }
}
