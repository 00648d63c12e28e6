package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.AcceleratorImages;

import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * The final image is built on a CUDA {@code -devel} image ({@code nvidia/cuda}, {@code pytorch/pytorch})
 * although the publisher has a {@code -runtime} tag of the same release: compilers, headers and
 * static libraries ship to production.
 */
@RuleInfo(code = "DF022", name = "cuda-devel-image-in-final-stage", practice = Practice.MULTI_STAGE_BUILD,
        severity = Severity.WARNING,
        summary = "The final stage is built on a CUDA `-devel` image although a `-runtime` tag exists.",
        fix = "Build in a `-devel` stage and copy the result into a `-runtime` (or `-base`) image of the same CUDA release.")
public final class CudaDevelImageInFinalStage implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> last = ctx.model().finalStage();
        if (last.isEmpty()) {
            return;
        }
        StageChain stageChain = StageChain.of(last.get());
        if (!ShippedImage.of(ctx.model()).runsApplication()) {
            return;
        }
        List<Stage> chain = stageChain.stages();
        Stage root = chain.get(0);
        for (FromImages.FromImage from : FromImages.of(ctx.model())) {
            if (from.stage() != root) {
                continue;
            }
            Optional<AcceleratorImages.AcceleratorImage> vendor = AcceleratorImages.of(from.image());
            if (vendor.isEmpty() || !vendor.get().isDevel() || vendor.get().runtimeCounterpart().isEmpty()) {
                continue;
            }
            String where = root == last.get() ? "the final stage" : "the final stage (via stage `" + root.displayName() + "`)";
            sink.report(from.range(), from.display() + " is a devel image in " + where + ": `"
                    + vendor.get().runtimeCounterpart().get() + "` exists");
        }
    }
}
