package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Dependency;
import dev.bulwark.compose.DependencyCondition;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * A {@code depends_on} entry in short form, or with {@code condition: service_started}, on a
 * service that has a healthcheck (written in Compose, or its image's known HEALTHCHECK). Compose
 * then starts the dependent as soon as the dependency's container exists, not when it is ready:
 * the database still initialising, the model server still loading its weights.
 */
@RuleInfo(code = "DC011", name = "depends-on-without-health-condition", practice = Practice.SERVICE_DEPENDENCIES,
        severity = Severity.WARNING,
        summary = "`depends_on` waits only for the start of a service that has a healthcheck.",
        fix = "Use the long form with `condition: service_healthy` so the dependent starts when the dependency is ready.",
        autofix = FixApplicability.SAFE)
public final class DependsOnWithoutHealthCondition implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            for (Dependency d : service.dependsOn()) {
                if (d.condition() != DependencyCondition.STARTED || d.service().equals(service.name())) {
                    continue;
                }
                Optional<Service> target = ctx.project().service(d.service());
                ServiceHealth.Status status = target.isPresent() ? ServiceHealth.of(target.get()) : ServiceHealth.Status.UNKNOWN;
                if (!ServiceHealth.runs(status)) {
                    continue;
                }
                String has = status == ServiceHealth.Status.FROM_IMAGE ? "its image has a HEALTHCHECK" : "it has a healthcheck";
                String message = "`" + service.name() + "` waits for `" + d.service() + "` to start, not to be healthy ("
                        + has + ")";
                Span at = where(d);
                Optional<Fix> fix = service.isOwnSpan(at) ? DependsOnHealthyFix.of(ctx.project(), service, d)
                        : Optional.empty();
                if (fix.isPresent()) {
                    sink.report(at, message, fix.get());
                } else {
                    ServiceFindings.report(sink, service, at, message);
                }
            }
        }
    }

    /** The written {@code service_started}, else the dependency's name. */
    private static Span where(Dependency d) {
        Optional<ComposeScalar> condition = d.conditionNode();
        return condition.isPresent() && !condition.get().isImplied() ? condition.get().span() : d.serviceSpan();
    }
}
