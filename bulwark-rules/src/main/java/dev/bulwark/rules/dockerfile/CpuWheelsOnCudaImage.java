package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.images.CudaImages.CudaImage;
import java.util.Optional;

/** CPU-only framework builds ({@code …/whl/cpu}, {@code +cpu}, {@code tensorflow-cpu}) installed on a CUDA base image. */
@RuleInfo(code = "DF026", name = "cpu-wheels-on-cuda-image", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "CPU-only framework packages are installed on a CUDA base image, so the GPU is never used.",
        fix = "Install the CUDA build matching the image (`…/whl/cu124`), or build on a CPU image such as `python:3.12.4-slim`.")
public final class CpuWheelsOnCudaImage implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stagesReachableFromFinal()) {
            Optional<CudaImage> base = CudaImages.ofStage(stage);
            if (base.isEmpty() || base.get().version().isEmpty()) {
                continue;
            }
            for (Instruction instruction : stage.instructions()) {
                for (CudaWheelTags.CudaTarget target : CudaWheelTags.of(ctx.model(), instruction)) {
                    if (target.cpuOnly()) {
                        sink.report(target.range(), target.display() + " is CPU-only on CUDA image `"
                                + base.get().image().familiar() + "`");
                    }
                }
            }
        }
    }
}
