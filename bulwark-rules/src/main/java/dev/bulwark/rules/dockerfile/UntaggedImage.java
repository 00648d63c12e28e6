package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.TagPrecision;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** FROM an image with neither tag nor digest: Docker pulls {@code latest}. */
@RuleInfo(code = "DF002", name = "untagged-image", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A FROM image has no tag or digest, so Docker pulls `latest`.",
        fix = "Add an exact version tag or a digest: `python:3.12.4-slim`.",
        aliases = {"DL3006"})
public final class UntaggedImage implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (FromImages.FromImage from : FromImages.references(ctx.model())) {
            // A repository that names its release in its path has only that release to pull.
            if (from.image().tag().isEmpty() && !from.image().isPinnedByDigest()
                    && !TagPrecision.releaseInPath(from.image())) {
                sink.report(from.range(), from.display() + " has no tag, so it pulls `latest`");
            }
        }
    }
}
