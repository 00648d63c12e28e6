package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * A service pulls an image with neither tag nor digest, so Docker pulls {@code latest}. A service
 * with {@code build} names the image it builds (DC023 judges that), and so does a service that runs
 * the image another service of the project builds; an image whose variables have no value is not
 * judged.
 */
@RuleInfo(code = "DC020", name = "service-image-untagged", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A service image has no tag or digest, so Docker pulls `latest`.",
        fix = "Add the exact version you tested, or a digest: `image: postgres:16.6`.")
public final class ServiceImageUntagged implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<ImageName> image = ServiceImages.pulledFromRegistry(ctx.project(), service);
            if (image.isPresent() && image.get().tag().isEmpty() && !image.get().isPinnedByDigest()) {
                ServiceFindings.report(sink, service, service.image().orElseThrow().span(),
                        "image " + ServiceImages.display(service) + " of service `" + service.name()
                                + "` has no tag, so it pulls `latest`");
            }
        }
    }
}
