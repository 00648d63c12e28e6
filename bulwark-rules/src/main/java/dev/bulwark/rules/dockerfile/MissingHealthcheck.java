package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.ExposeInstruction;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The final stage serves (EXPOSE or a server command) but its image has no HEALTHCHECK. */
@RuleInfo(code = "DF009", name = "missing-healthcheck", practice = Practice.HEALTH_MONITORING,
        severity = Severity.INFO,
        summary = "A service image has no HEALTHCHECK.",
        fix = "Add a cheap `HEALTHCHECK` probe, or `HEALTHCHECK NONE` when the orchestrator probes instead.")
public final class MissingHealthcheck implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        if (finalStage.isEmpty()) {
            return;
        }
        StageChain chain = StageChain.of(finalStage.get());
        // HEALTHCHECK NONE counts: it records a decision (spec 1.8).
        if (!chain.instructions(HealthcheckInstruction.class).isEmpty()) {
            return;
        }
        for (Instruction start : chain.starts()) {
            for (Invocations.Invocation inv : Invocations.of(ctx.model(), start)) {
                Optional<String> server = ServerCommands.describe(inv.argv());
                if (server.isPresent()) {
                    sink.report(inv.range(), "`" + server.get() + "` serves, but the image has no HEALTHCHECK");
                    return;
                }
            }
        }
        List<ExposeInstruction> exposes = chain.instructions(ExposeInstruction.class);
        if (!exposes.isEmpty()) {
            ExposeInstruction expose = exposes.get(0);
            List<String> ports = new ArrayList<>();
            for (Word port : expose.ports()) {
                ports.add(port.text());
            }
            sink.report(expose.range(), "image exposes `" + String.join(" ", ports) + "` but has no HEALTHCHECK");
        }
    }
}
