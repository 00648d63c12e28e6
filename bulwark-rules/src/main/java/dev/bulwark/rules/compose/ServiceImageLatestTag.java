package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * A service pulls an image tagged {@code latest} without a digest, also when {@code latest} is the
 * default of a variable ({@code ${TAG:-latest}}): that is what runs unless someone sets it. Images
 * the project builds (a service with {@code build}, or one running what another service builds)
 * are not pulled and not judged.
 */
@RuleInfo(code = "DC021", name = "service-image-latest-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A service image uses the `latest` tag.",
        fix = "Replace `latest` with the exact version you tested, or pin a digest; give a tag variable an exact default.")
public final class ServiceImageLatestTag implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        SharedValueFindings findings = new SharedValueFindings();
        for (Service service : ctx.project().services()) {
            Optional<ImageName> image = ServiceImages.pulledFromRegistry(ctx.project(), service);
            if (image.isPresent() && image.get().tag().orElse("").equals("latest") && !image.get().isPinnedByDigest()) {
                findings.add(service, service.image().orElseThrow().span(),
                        "image " + ServiceImages.display(service) + " of service `" + service.name()
                                + "` uses the latest tag");
            }
        }
        findings.reportTo(sink);
    }
}
