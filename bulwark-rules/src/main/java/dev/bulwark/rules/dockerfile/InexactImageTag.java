package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.TagPrecision;
import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.rules.images.ChannelTags;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/** FROM an image whose tag is a moving release line ({@code 3.12}, {@code lts}) rather than an exact version. */
@RuleInfo(code = "DF004", name = "inexact-image-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO,
        summary = "A FROM image tag names a moving release line, not an exact version.",
        fix = "Pin the full version (`3.12.4-slim` instead of `3.12-slim`) or a digest.")
public final class InexactImageTag implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (FromImages.FromImage from : FromImages.references(ctx.model())) {
            // DF003 owns `latest`, DF016 development channels, DF023 CUDA images; a digest decides
            // what is pulled whatever the tag says. A nightly repository (`torchserve-nightly`)
            // floats by design, whatever its tag.
            if (from.image().isPinnedByDigest() || from.image().tag().orElse("").equals("latest")
                    || ChannelTags.channel(from.image()).isPresent() || CudaImages.isNvidiaCuda(from.image())
                    || ChannelTags.isNightlyRepository(from.image())) {
                continue;
            }
            Optional<String> advice = TagPrecision.movingTagAdvice(from.image());
            if (advice.isPresent()) {
                sink.report(from.range(), from.display() + " is not an exact version: " + advice.get());
            }
        }
    }
}
