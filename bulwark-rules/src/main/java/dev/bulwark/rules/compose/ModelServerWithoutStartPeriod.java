package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeEntry;
import dev.bulwark.compose.Healthcheck;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A model server (an image whose role in {@link KnownImages} is a model server: vLLM, TGI, TEI,
 * Triton, TorchServe, TensorFlow Serving, Ollama, SGLang, NIM...) with a healthcheck but no
 * {@code start_period}, whose failures before it turns unhealthy ({@code interval} times
 * {@code retries}, Docker's defaults 30 s and 3 where unset) last less than five minutes. Loading
 * weights takes minutes; every failed probe before then counts, so the container is marked
 * unhealthy while it is still loading, and dependents waiting for {@code service_healthy} fail.
 */
@RuleInfo(code = "DC010", name = "model-server-without-start-period", practice = Practice.HEALTH_MONITORING,
        severity = Severity.INFO,
        summary = "A model server's healthcheck has no `start_period` to cover model loading.",
        fix = "Add `start_period` longer than the model's load time (and `start_interval` to probe often meanwhile).")
public final class ModelServerWithoutStartPeriod implements ComposeRule {
    // Docker's defaults (docker run reference, --health-*).
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    private static final long DEFAULT_RETRIES = 3;
    // Failing this long before turning unhealthy covers the load time of most models.
    private static final Duration TOLERATED = Duration.ofMinutes(5);

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<Healthcheck> h = service.healthcheck();
            if (h.isEmpty() || ServiceHealth.of(service) != ServiceHealth.Status.DEFINED
                    || h.get().startPeriod().isPresent() || !isModelServer(service)
                    || !Completeness.isWhole(ctx, service)) {
                continue;
            }
            Optional<Duration> budget = failureBudget(h.get());
            if (budget.isPresent() && budget.get().compareTo(TOLERATED) < 0) {
                ServiceFindings.report(sink, service, where(service, h.get()), "healthcheck of model server `" + service.name()
                        + "` without `start_period`");
            }
        }
    }

    private static boolean isModelServer(Service service) {
        Optional<ImageName> image = ServiceImages.pulled(service);
        if (image.isEmpty()) {
            return false;
        }
        Optional<KnownImages.Known> known = KnownImages.of(image.get());
        return known.isPresent() && known.get().role() == ServiceRole.MODEL_SERVER;
    }

    /** How long probes may fail before the container is unhealthy; empty when a value is unknown. */
    private static Optional<Duration> failureBudget(Healthcheck h) {
        Duration interval = DEFAULT_INTERVAL;
        if (h.interval().isPresent()) {
            Optional<Duration> d = h.intervalDuration();
            if (h.interval().get().isUnresolved() || d.isEmpty()) {
                return Optional.empty();
            }
            interval = d.get();
        }
        long retries = DEFAULT_RETRIES;
        if (h.retries().isPresent()) {
            OptionalLong r = h.retriesCount();
            if (h.retries().get().isUnresolved() || r.isEmpty()) {
                return Optional.empty();
            }
            retries = r.getAsLong();
        }
        return Optional.of(interval.multipliedBy(Math.max(retries, 1)));
    }

    /** The {@code healthcheck} key, where the missing attribute belongs. */
    private static Span where(Service service, Healthcheck h) {
        Optional<ComposeEntry> entry = service.entry("healthcheck");
        return entry.isPresent() ? entry.get().keySpan() : h.span();
    }
}
