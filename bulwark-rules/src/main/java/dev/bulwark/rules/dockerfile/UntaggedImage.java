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
        ShippedImage shipped = ShippedImage.of(ctx.model());
        for (FromImages.FromImage from : FromImages.pulledReferences(ctx.model())) {
            // A repository that names its release in its path has only that release to pull. A
            // one-word name Docker Hub does not publish is a local build or a named build context
            // (`docker build -t tritonserver_sdk`, Bake's `contexts`): nothing is pulled.
            if (from.image().tag().isEmpty() && !from.image().isPinnedByDigest()
                    && !TagPrecision.releaseInPath(from.image())
                    && !SourceStages.feedsFetchedFiles(ctx.model(), shipped, from.stage())) {
                sink.report(from.range(), from.display() + " has no tag, so it pulls `latest`");
            }
        }
    }
}
