package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.TagPrecision;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** FROM an image tagged {@code latest} without a digest. */
@RuleInfo(code = "DF003", name = "latest-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A FROM image uses the `latest` tag.",
        fix = "Replace `latest` with the exact version you tested, or pin a digest.",
        aliases = {"DL3007"})
public final class LatestTag implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (FromImages.FromImage from : FromImages.references(ctx.model())) {
            boolean latest = from.image().tag().orElse("").equals("latest");
            // A repository that names its release in its path has only that release under `latest`.
            if (latest && !from.image().isPinnedByDigest() && !TagPrecision.releaseInPath(from.image())) {
                sink.report(from.range(), from.display() + " uses the latest tag");
            }
        }
    }
}
