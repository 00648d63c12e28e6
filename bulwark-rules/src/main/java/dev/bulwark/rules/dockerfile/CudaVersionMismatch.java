package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.images.CudaImages.CudaImage;
import dev.bulwark.rules.images.CudaImages.CudaVersion;
import java.util.Optional;

/**
 * Framework packages built for another CUDA line than the stage's base image provides:
 * {@code …/whl/cu118} or {@code torch==2.1.2+cu121} on {@code nvidia/cuda:12.4.1-…},
 * {@code cupy-cuda11x} on a CUDA 12 image.
 */
@RuleInfo(code = "DF024", name = "cuda-version-mismatch", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "Framework packages target another CUDA version than the base image provides.",
        fix = "Install the wheels built for the image's CUDA version (`…/whl/cu124` on CUDA 12.4), or change the base image.")
public final class CudaVersionMismatch implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stagesReachableFromFinal()) {
            Optional<CudaImage> base = CudaImages.ofStage(stage);
            if (base.isEmpty() || base.get().version().isEmpty()) {
                continue;
            }
            CudaVersion have = base.get().version().get();
            // Each stage's own instructions: a parent stage is checked on its own turn, same base.
            for (Instruction instruction : stage.instructions()) {
                for (CudaWheelTags.CudaTarget target : CudaWheelTags.of(ctx.model(), instruction)) {
                    Optional<CudaVersion> want = target.version();
                    if (want.isPresent() && want.get().conflictsWith(have)) {
                        sink.report(target.range(), target.display() + " targets CUDA " + want.get().display()
                                + ", base image `" + base.get().image().familiar() + "` has CUDA " + have.display());
                    }
                }
            }
        }
    }
}
