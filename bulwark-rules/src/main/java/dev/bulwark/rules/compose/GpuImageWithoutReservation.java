package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.GpuImages;
import dev.bulwark.rules.images.GpuVendor;
import java.util.Optional;

/**
 * A service that pulls an image which only does its job on a GPU ({@link GpuImages}: CUDA images,
 * GPU builds of the frameworks, vLLM, SGLang, TGI) but gets none: no device reservation with the
 * {@code gpu} capability, no {@code gpus:}, no CDI device, no {@code runtime: nvidia} (for AMD
 * images: no {@code /dev/kfd} and {@code /dev/dri} devices). The container starts and then fails,
 * or silently runs on the CPU. Images that run on CPUs as well (Triton, Ollama, TorchServe) and
 * CPU tags ({@code cpu-1.5}) are not judged.
 */
@RuleInfo(code = "DC035", name = "gpu-image-without-reservation", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "A service runs a GPU image (CUDA, vLLM, TGI...) without reserving a GPU.",
        fix = "Reserve the GPU: `deploy.resources.reservations.devices: [{driver: nvidia, count: 1, capabilities: [gpu]}]` (AMD: `devices: [/dev/kfd, /dev/dri]`).")
public final class GpuImageWithoutReservation implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (ctx.partial()) {
            return;
        }
        for (Service service : ctx.project().services()) {
            Optional<ImageName> image = ServiceImages.pulled(service);
            if (image.isEmpty()) {
                continue;
            }
            Optional<GpuVendor> vendor = GpuImages.required(image.get());
            if (vendor.isEmpty()) {
                continue;
            }
            if (!ServiceGpus.has(service, vendor.get())) {
                sink.report(service.nameSpan(), "service `" + service.name() + "` runs " + ServiceImages.display(service)
                        + ", which needs an " + vendor.get().displayName() + " GPU, but reserves none");
            }
        }
    }
}
