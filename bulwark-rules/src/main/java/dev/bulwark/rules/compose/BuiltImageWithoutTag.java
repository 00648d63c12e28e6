package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * A service with {@code build} whose {@code image} has no tag. Without {@code pull_policy: build}
 * (or {@code never}) Compose first tries to pull that image, here {@code latest}, and builds only
 * when the pull fails (Compose Specification, "Using build and image"), so whatever a registry
 * holds under that name can run instead of the code beside the file; and every build and push
 * replaces the same {@code latest}.
 */
@RuleInfo(code = "DC023", name = "built-image-without-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO,
        summary = "A service sets `build` and an `image` name without a tag.",
        fix = "Tag the built image with a version (`image: acme/api:${VERSION:-1.4.2}`), or set `pull_policy: build`.")
public final class BuiltImageWithoutTag implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            if (service.build().isEmpty() || neverPulls(service)) {
                continue;
            }
            Optional<ImageName> image = ServiceImages.written(service);
            if (image.isPresent() && image.get().tag().isEmpty() && !image.get().isPinnedByDigest()) {
                ServiceFindings.report(sink, service, service.image().orElseThrow().span(),
                        "built image " + ServiceImages.display(service) + " of service `" + service.name()
                                + "` has no tag, so Compose first tries to pull `"
                                + image.get().familiarName() + ":latest`");
            }
        }
    }

    private static boolean neverPulls(Service service) {
        Optional<ComposeScalar> policy = service.scalar("pull_policy");
        if (policy.isEmpty()) {
            return false;
        }
        String p = policy.get().value();
        return policy.get().isUnresolved() || p.equals("build") || p.equals("never");
    }
}
