package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.lifecycle.ImageVerdict;

/**
 * FROM an NVIDIA CUDA image ({@code nvidia/cuda}, {@code nvcr.io/nvidia/cuda}) of a release NVIDIA
 * no longer supports on the run's date: a CUDA version whose driver branch ended, or a patch
 * release superseded by its line's last one. Such tags get no fixes, and NVIDIA's container support
 * policy schedules them for deletion from Docker Hub and NGC six months later (many are still there
 * long after), so a build pinned to one can break on the day one goes.
 */
@RuleInfo(code = "DF123", name = "cuda-image-end-of-life", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "A FROM image is an NVIDIA CUDA image of a release NVIDIA no longer supports, whose tags its policy schedules for deletion.",
        fix = "Move to a supported CUDA release, or to the last patch release of the same version.")
public final class CudaImageEndOfLife implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        FromLifecycles.report(ctx, sink, ImageVerdict.CUDA_REMOVED, 0);
    }
}
