package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.lifecycle.ImageVerdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reports an {@link ImageVerdict} on every image a service pulls from a registry; an image the
 * project builds ({@code build:}) is judged in its Dockerfile.
 */
final class ServiceLifecycles {
    private ServiceLifecycles() {
    }

    static void report(ComposeContext ctx, SpanSink sink, ImageVerdict verdict, int windowDays) {
        if (ctx.options().asOf().isEmpty()) {
            return;
        }
        LocalDate day = ctx.options().asOf().get();
        SharedValueFindings findings = new SharedValueFindings();
        for (Service service : ctx.project().services()) {
            Optional<ImageName> image = ServiceImages.pulledFromRegistry(ctx.project(), service);
            if (image.isEmpty()) {
                continue;
            }
            List<String> messages = verdict.messages(image.get(),
                    "image " + ServiceImages.display(service) + " of service `" + service.name() + "`", day, windowDays);
            for (String message : messages) {
                findings.add(service, service.image().orElseThrow().span(), message);
            }
        }
        findings.reportTo(sink);
    }
}
