package dev.bulwark.rules.project;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.ResourceQuantity;
import dev.bulwark.project.Deployment;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.compose.ServiceGpus;
import dev.bulwark.rules.dockerfile.BuiltImage;
import java.util.Optional;

/**
 * A GPU reserved (Compose) or limited (Kubernetes) for an image whose Dockerfile provably builds
 * a CPU-only image: a base that is no GPU image, and framework builds that are all CPU-only
 * ({@code …/whl/cpu}, {@code torch==2.3.0+cpu}, {@code tensorflow-cpu}). The GPU sits idle and
 * is kept from the jobs that need it. An image that installs frameworks without saying which
 * build (PyPI's {@code torch} carries CUDA) is not judged.
 */
@RuleInfo(code = "PJ005", name = "gpu-reserved-for-cpu-image", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "A GPU is reserved for an image whose Dockerfile installs only CPU builds of its frameworks.",
        fix = "Install the CUDA build of the framework (`…/whl/cu121`) on a CUDA base, or drop the GPU reservation.")
public final class GpuReservedForCpuImage implements ProjectRule {

    @Override
    public void check(ProjectCheck ctx, SpanSink sink) {
        for (ProjectCheck.Run run : ctx.runs(Practice.GPU_SUPPORT)) {
            Deployment d = run.deployment();
            Optional<Span> gpu = reservation(d);
            Optional<BuiltImage.CpuBuild> cpu = gpu.isPresent() ? run.image().cpuOnlyFrameworks() : Optional.empty();
            if (cpu.isEmpty()) {
                continue;
            }
            sink.report(gpu.get(), Deployments.describe(d) + " gets a GPU, but " + ctx.dockerfileName() + " installs "
                    + cpu.get().display() + " (" + DockerfileSpans.line(ctx, cpu.get().range()) + ") on `"
                    + run.image().baseText() + "`: the image cannot use it",
                    DockerfileSpans.related(ctx, cpu.get().range(), "the CPU-only build"));
        }
    }

    private static Optional<Span> reservation(Deployment d) {
        if (d instanceof Deployment.ComposeService c) {
            return ServiceGpus.hasAny(c.service()) ? Optional.of(c.service().nameSpan()) : Optional.empty();
        }
        Optional<ResourceQuantity> gpu = ((Deployment.KubernetesContainer) d).container().resources().accelerator();
        return gpu.isPresent() ? Optional.of(gpu.get().span()) : Optional.empty();
    }
}
