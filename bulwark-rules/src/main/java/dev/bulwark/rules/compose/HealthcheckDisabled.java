package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeNode;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Healthcheck;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * {@code healthcheck: {disable: true}} or {@code test: ["NONE"]} on a service that publishes
 * ports or that another service waits for: the image's own HEALTHCHECK is switched off, and
 * nothing tells Docker, dependents or operators whether the service answers.
 */
@RuleInfo(code = "DC008", name = "healthcheck-disabled", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "The healthcheck of a service that publishes ports or is depended on is disabled.",
        fix = "Remove `disable: true` / `test: [\"NONE\"]` and give the service a `test` that works in its image.")
public final class HealthcheckDisabled implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        HealthcheckNeed needs = HealthcheckNeed.of(ctx.project());
        for (Service service : ctx.project().services()) {
            Optional<Healthcheck> h = service.healthcheck();
            if (h.isEmpty() || !h.get().isDisabled()) {
                continue;
            }
            Optional<String> need = needs.reason(service);
            if (need.isPresent()) {
                ServiceFindings.report(sink, service, where(h.get()), "service `" + service.name() + "` " + need.get()
                        + " and its healthcheck is disabled");
            }
        }
    }

    /** The text that disables it: `disable: true`, else the `NONE` test, else the healthcheck. */
    private static Span where(Healthcheck h) {
        Optional<ComposeScalar> disable = h.disable();
        if (disable.isPresent() && disable.get().isTrue() && !disable.get().isImplied()) {
            return disable.get().span();
        }
        Optional<ComposeNode> test = h.test();
        if (test.isPresent() && !test.get().isImplied()) {
            return test.get().span();
        }
        return h.span();
    }
}
