package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;

import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.lifecycle.ImageVerdict;

/**
 * A container runs an NVIDIA CUDA image of a release NVIDIA no longer supports on the run's date (an ended CUDA version, or a superseded patch release): such tags get no fixes, and NVIDIA's policy schedules them for deletion from Docker Hub and NGC six months later, after which pods scheduled on a new node can fail to pull.
 */
@RuleInfo(code = "KU053", name = "container-cuda-image-end-of-life", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "A container runs an NVIDIA CUDA image of a release NVIDIA no longer supports, whose tags its policy schedules for deletion.",
        fix = "Move to a supported CUDA release, or to the last patch release of the same version.")
public final class ContainerCudaImageEndOfLife implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        ContainerLifecycles.report(ctx, sink, ImageVerdict.CUDA_REMOVED, 0);
    }
}
