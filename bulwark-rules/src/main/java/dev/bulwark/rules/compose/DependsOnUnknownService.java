package dev.bulwark.rules.compose;

import dev.bulwark.compose.Dependency;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A {@code depends_on} entry naming a service the project does not define. Compose refuses to
 * start ("depends on undefined service"), unless the entry says {@code required: false}, which
 * only warns. Silent on overlays loaded without their base and on projects with an
 * {@code include} that could not be loaded: the service may be there.
 */
@RuleInfo(code = "DC013", name = "depends-on-unknown-service", practice = Practice.SERVICE_DEPENDENCIES,
        severity = Severity.ERROR,
        summary = "`depends_on` names a service that is not defined.",
        fix = "Correct the name, define the service, or mark the dependency `required: false` if it is optional.")
public final class DependsOnUnknownService implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (!Completeness.hasAllServices(ctx)) {
            return;
        }
        for (Service service : ctx.project().services()) {
            for (Dependency d : service.dependsOn()) {
                if (d.required() && ctx.project().service(d.service()).isEmpty()) {
                    ServiceFindings.report(sink, service, d.serviceSpan(), "`" + service.name()
                            + "` depends on undefined service `" + d.service() + "`");
                }
            }
        }
    }
}
