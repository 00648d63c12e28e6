package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/** The shipped image runs an application that serves (a server command, or EXPOSE) but has no HEALTHCHECK. */
@RuleInfo(code = "DF009", name = "missing-healthcheck", practice = Practice.HEALTH_MONITORING,
        severity = Severity.INFO,
        summary = "A service image has no HEALTHCHECK.",
        fix = "Add a cheap `HEALTHCHECK` probe, or `HEALTHCHECK NONE` when the orchestrator probes instead.")
public final class MissingHealthcheck implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        ShippedImage image = ShippedImage.of(ctx.model());
        Optional<ShippedImage.Service> service = image.service();
        // HEALTHCHECK NONE counts: it records a decision (spec 1.8).
        if (service.isEmpty() || !image.chain().orElseThrow().instructions(HealthcheckInstruction.class).isEmpty()) {
            return;
        }
        ShippedImage.Service s = service.get();
        sink.report(s.range(), s.startsServer()
                ? "`" + s.description() + "` serves, but the image has no HEALTHCHECK"
                : "image exposes `" + s.description() + "` but has no HEALTHCHECK");
    }
}
