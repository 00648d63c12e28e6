package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.ChannelTags;
import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.OfficialImages;
import dev.bulwark.rules.images.TagPrecision;
import java.util.Locale;
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
            Optional<String> reason = movingReason(judged.image());
            if (reason.isPresent()) {
                sink.report(judged.field().valueSpan(), "image " + judged.display() + " " + reason.get(),
                        judged.container().span(), judged.ownerName());
            }
        }
        for (ContainerImages.OverrideTag override : ContainerImages.kustomizeTagsIn(ctx.file())) {
            Optional<String> reason = movingReason(override.image());
            if (reason.isPresent()) {
                sink.report(override.at().valueSpan(), "kustomize sets image " + override.display() + ", which "
                        + reason.get());
            }
        }
    }

    /** Why the tag moves, as a predicate for messages; empty for exact tags, digests, `latest` and untagged images (KU030, KU031). */
    static Optional<String> movingReason(ImageName image) {
        Optional<String> tag = image.tag();
        if (tag.isEmpty() || image.isPinnedByDigest() || tag.get().equals("latest")) {
            return Optional.empty();
        }
        Optional<String> channel = ChannelTags.channel(image);
        if (channel.isPresent()) {
            return Optional.of("follows the `" + channel.get() + "` channel");
        }
        String t = tag.get().toLowerCase(Locale.ROOT);
        if (t.startsWith("latest-") || t.startsWith("latest_") || t.endsWith("-latest") || t.endsWith("_latest")) {
            return Optional.of("is a variant of `latest`");
        }
        if (!hasDigit(t)) {
            return Optional.of("names no version");
        }
        if (!publishesMovingVersionTags(image)) {
            return Optional.empty();
        }
        Optional<String> advice = TagPrecision.movingTagAdvice(image);
        return advice.isPresent() ? Optional.of("is not an exact version: " + advice.get()) : Optional.empty();
    }

    // Publishers that retag `16`, `3.12` or `12.4` with every patch release.
    private static boolean publishesMovingVersionTags(ImageName image) {
        return OfficialImages.isOfficial(image) || KnownImages.of(image).isPresent() || CudaImages.isNvidiaCuda(image)
                || CudaImages.isPytorch(image);
    }

    private static boolean hasDigit(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            if (Character.isDigit(tag.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
