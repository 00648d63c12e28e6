package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * FROM {@code nvidia/cuda} with a tag that names no exact CUDA release: {@code latest}, no tag,
 * {@code 12-…}, or {@code 12.4-…} where NVIDIA publishes patch releases ({@code 12.4.1-…}).
 */
@RuleInfo(code = "DF023", name = "inexact-cuda-image-tag", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "An `nvidia/cuda` base image tag does not name an exact CUDA release.",
        fix = "Pin the full CUDA version, flavour and OS: `nvidia/cuda:12.4.1-runtime-ubuntu22.04`.")
public final class InexactCudaImageTag implements DockerfileRule {
    // Up to CUDA 10.2 NVIDIA tagged releases as major.minor only (`10.2-cudnn7-devel`); patch
    // numbers in tags start with the 11.x series.
    private static final int FIRST_PATCH_TAGGED_MAJOR = 11;

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (FromImages.FromImage from : FromImages.references(ctx.model())) {
            if (!CudaImages.isNvidiaCuda(from.image()) || from.image().isPinnedByDigest()) {
                continue;
            }
            Optional<CudaImages.CudaImage> cuda = CudaImages.of(from.image());
            Optional<CudaImages.CudaVersion> version = cuda.isPresent() ? cuda.get().version() : Optional.empty();
            if (version.isEmpty()) {
                sink.report(from.range(), from.display() + " names no CUDA version");
                continue;
            }
            CudaImages.CudaVersion v = version.get();
            if (v.minor().isEmpty()) {
                sink.report(from.range(), from.display() + " names only CUDA major version " + v.major());
            } else if (v.patch().isEmpty() && v.major() >= FIRST_PATCH_TAGGED_MAJOR) {
                String line = v.major() + "." + v.minor().get();
                String exact = CudaImages.LATEST_PATCH.getOrDefault(line, line + ".x");
                sink.report(from.range(), from.display() + " names CUDA " + line + " without a patch release such as `"
                        + exact + "`");
            }
        }
    }
}
