package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.TagPrecision;
import java.util.Optional;

/**
 * A container image (or a kustomize override) whose tag moves: a development channel
 * ({@code nightly}, {@code main}), a tag that names no version at all ({@code gpu}, {@code stable}),
 * or a release line ({@code 16}, {@code 3.12}) of a publisher known to move such tags to each new
 * release (Docker Hub official images, the images {@link KnownImages} describes, NVIDIA CUDA and
 * PyTorch). A short version on a project's own image ({@code acme/app:v2}) is often one build per
 * tag, so it is not judged. Exactness follows {@link TagPrecision}: {@code postgres:16.6},
 * {@code ubuntu:22.04} and date-stamped snapshots are exact.
 */
@RuleInfo(code = "KU032", name = "container-image-inexact-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO,
        summary = "A container image tag names a moving release line or channel, not an exact version.",
        fix = "Pin the full version (`postgres:16.6` instead of `postgres:16`) or a digest.")
public final class ContainerImageInexactTag implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (ContainerImages.Judged judged : ContainerImages.judgedIn(ctx.file(), ctx.set())) {
            Optional<String> reason = TagPrecision.movingReason(judged.image());
            if (reason.isPresent()) {
                sink.report(judged.field().valueSpan(), "image " + judged.display() + " " + reason.get(),
                        judged.container().span(), judged.ownerName());
            }
        }
        for (ContainerImages.OverrideTag override : ContainerImages.kustomizeTagsIn(ctx.file())) {
            Optional<String> reason = TagPrecision.movingReason(override.image());
            if (reason.isPresent()) {
                sink.report(override.at().valueSpan(), "kustomize sets image " + override.display() + ", which "
                        + reason.get());
            }
        }
    }
}
