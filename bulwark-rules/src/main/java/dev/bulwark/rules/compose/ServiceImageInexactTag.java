package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.TagPrecision;
import java.util.Optional;

/**
 * A service pulls an image whose tag moves: a development channel ({@code nightly}, {@code main}),
 * a tag that names no version ({@code stable}, {@code gpu}), or a release line ({@code 16},
 * {@code 3.12-slim}) of a publisher that re-pushes such tags ({@link TagPrecision#movingReason}).
 * Exactness follows each image's own scheme: {@code postgres:16.6} and {@code ubuntu:22.04} are
 * exact. Images the project builds are not judged.
 */
@RuleInfo(code = "DC022", name = "service-image-inexact-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO,
        summary = "A service image tag names a moving release line or channel, not an exact version.",
        fix = "Pin the full version (`redis:7.2.5` instead of `redis:7.2`) or a digest.")
public final class ServiceImageInexactTag implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<ImageName> image = ServiceImages.pulledFromRegistry(ctx.project(), service);
            if (image.isEmpty()) {
                continue;
            }
            Optional<String> reason = TagPrecision.movingReason(image.get());
            if (reason.isPresent()) {
                ServiceFindings.report(sink, service, service.image().orElseThrow().span(),
                        "image " + ServiceImages.display(service) + " of service `" + service.name() + "` "
                                + reason.get());
            }
        }
    }
}
