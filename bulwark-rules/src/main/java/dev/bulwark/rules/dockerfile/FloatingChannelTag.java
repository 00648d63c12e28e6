package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.ChannelTags;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/** FROM an image whose tag follows a development channel ({@code nightly}, {@code edge}, {@code main}). */
@RuleInfo(code = "DF016", name = "floating-channel-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A FROM image tag follows a development channel (`nightly`, `edge`, `main`…) that is rebuilt from unreleased code.",
        fix = "Use a release tag (`3.12.4-slim`), a dated snapshot (`nightly-20240501`) or a digest.")
public final class FloatingChannelTag implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        // A one-word name Docker Hub does not publish (`coach-base:master`) is built on the
        // machine by the repository's own build: its channel is that build's order.
        for (FromImages.FromImage from : FromImages.pulledReferences(ctx.model())) {
            Optional<String> channel = ChannelTags.channel(from.image());
            if (channel.isPresent()) {
                sink.report(from.range(), from.display() + " follows the `" + channel.get() + "` channel");
            }
        }
    }
}
