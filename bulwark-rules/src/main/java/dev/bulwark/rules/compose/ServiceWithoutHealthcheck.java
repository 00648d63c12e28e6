package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeEntry;
import dev.bulwark.compose.HealthTestForm;
import dev.bulwark.compose.Healthcheck;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * A service that publishes ports or that another service waits for, with no healthcheck: none in
 * Compose and none in its image. An image's own HEALTHCHECK counts when it is known
 * ({@link ServiceHealth}); a built image counts as having none when its Dockerfile was read and
 * declares none. Silent when the built Dockerfile cannot be read, when the image is unresolved, on
 * incomplete projects, and on one-shot jobs that others only wait for to complete.
 */
@RuleInfo(code = "DC007", name = "service-without-healthcheck", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "A service that publishes ports or is depended on has no healthcheck.",
        fix = "Add a `healthcheck` whose `test` proves the service answers (`pg_isready`, `redis-cli ping`, an HTTP health endpoint).")
public final class ServiceWithoutHealthcheck implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        HealthcheckNeed needs = HealthcheckNeed.of(ctx.project());
        for (Service service : ctx.project().services()) {
            if (!Completeness.isWhole(ctx, service)) {
                continue;
            }
            Optional<Healthcheck> h = service.healthcheck();
            Optional<String> need = needs.reason(service);
            if (need.isEmpty()) {
                continue;
            }
            if (h.isEmpty()) {
                if (knownToLackOne(service)) {
                    sink.report(service.nameSpan(), "service `" + service.name() + "` " + need.get()
                            + " and has no healthcheck");
                }
            } else if (h.get().form() == HealthTestForm.INHERITED && !h.get().isDisabled()
                    && ServiceHealth.of(service) == ServiceHealth.Status.NONE) {
                // Settings without a test keep the image's HEALTHCHECK, and this image has none.
                Optional<ComposeEntry> key = service.entry("healthcheck");
                ServiceFindings.report(sink, service, key.isPresent() ? key.get().keySpan() : h.get().span(),
                        "service `" + service.name() + "` " + need.get() + " and its healthcheck has no `test`"
                                + " (the image declares none)");
            }
        }
    }

    /**
     * A pulled image counts as lacking one unless it is known to declare one (most images do not);
     * a built image only when its Dockerfile was read.
     */
    private static boolean knownToLackOne(Service service) {
        Optional<Boolean> image = ServiceHealth.imageDeclares(service);
        if (image.isPresent()) {
            return !image.get();
        }
        return service.build().isEmpty() && ServiceImages.written(service).isPresent();
    }
}
