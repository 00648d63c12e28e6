package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.GpuImages;
import dev.bulwark.rules.images.GpuVendor;
import java.util.Optional;

/**
 * A container running an image that only does its job on a GPU ({@link GpuImages}: CUDA and ROCm
 * images, GPU builds of the frameworks, GPU model servers) with no accelerator in its resources.
 * The device plugin gives GPUs only to containers that ask for them in {@code limits}; without
 * one the container runs on the CPU, or, on a node whose runtime exposes every GPU by default,
 * sees GPUs the scheduler gave to other pods. Pods that coordinate GPU work without doing it
 * (a Ray head, an MPI launcher, a parameter server, DaemonSet node agents), runtime templates
 * whose jobs and services set the resources (ServingRuntimes, TrainingRuntimes), init containers
 * and objects an overlay patches are not judged.
 */
@RuleInfo(code = "KU043", name = "gpu-image-without-gpu-limit", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "A container runs a GPU-only image without a `nvidia.com/gpu` (or `amd.com/gpu`) limit.",
        fix = "Add `resources.limits: {nvidia.com/gpu: 1}` (or `amd.com/gpu`) to the container, or use the image's "
                + "CPU build.")
public final class GpuImageWithoutGpuLimit implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || !ctx.set().patchesFor(object).isEmpty()) {
                continue;
            }
            for (PodTemplate template : object.podTemplates()) {
                if (GpuWorkloads.coordinatesWithoutGpu(template) || GpuWorkloads.isRuntimeTemplate(template)) {
                    continue;
                }
                for (Container container : template.containers()) {
                    if (container.resources().accelerator().isPresent()) {
                        continue;
                    }
                    Optional<ImageName> image = ContainerImages.running(container, ctx.set());
                    if (image.isEmpty() || container.image().isEmpty()) {
                        continue;
                    }
                    Optional<GpuVendor> vendor = GpuImages.required(image.get());
                    if (vendor.isEmpty()) {
                        continue;
                    }
                    sink.report(container.image().get().valueSpan(), vendor.get().displayName() + " GPU image `"
                            + container.imageText().strip() + "` without a `" + vendor.get().kubernetesResource()
                            + "` limit", container.span(), Owned.name(container));
                }
            }
        }
    }
}
