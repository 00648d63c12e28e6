package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Dependency;
import dev.bulwark.compose.DependencyCondition;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * {@code condition: service_healthy} on a service that has no healthcheck: none in Compose (or
 * a disabled one), and an image known to declare none. Compose cannot tell when such a service is
 * healthy and refuses to start the dependent ("container ... has no healthcheck configured").
 * A pulled image not known to the image tables may declare one, so it is not judged: only the
 * official images (which leave HEALTHCHECK out on purpose), the images whose Dockerfile was read,
 * and built images whose Dockerfile the project has.
 */
@RuleInfo(code = "DC012", name = "service-healthy-without-healthcheck", practice = Practice.SERVICE_DEPENDENCIES,
        severity = Severity.WARNING,
        summary = "`condition: service_healthy` names a service that has no healthcheck.",
        fix = "Give the dependency a `healthcheck` (its `test` proves it answers), or wait with `service_started`.")
public final class ServiceHealthyWithoutHealthcheck implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            for (Dependency d : service.dependsOn()) {
                if (d.condition() != DependencyCondition.HEALTHY) {
                    continue;
                }
                Optional<Service> target = ctx.project().service(d.service());
                if (target.isEmpty() || !Completeness.isWhole(ctx, target.get())) {
                    continue;
                }
                ServiceHealth.Status status = ServiceHealth.of(target.get());
                if (status == ServiceHealth.Status.NONE || status == ServiceHealth.Status.DISABLED) {
                    String why = status == ServiceHealth.Status.DISABLED ? "whose healthcheck is disabled"
                            : "which has no healthcheck";
                    ServiceFindings.report(sink, service, where(d), "`service_healthy` on `" + d.service() + "`, " + why);
                }
            }
        }
    }

    /** The written condition, else the dependency's name. */
    private static Span where(Dependency d) {
        Optional<ComposeScalar> condition = d.conditionNode();
        return condition.isPresent() && !condition.get().isImplied() ? condition.get().span() : d.serviceSpan();
    }
}
