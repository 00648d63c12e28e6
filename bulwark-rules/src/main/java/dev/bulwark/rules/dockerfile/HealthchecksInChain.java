package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import java.util.List;
import java.util.Optional;

/** The HEALTHCHECK the shipped image ends up with: the last one in the final stage's chain (spec 1.8). */
final class HealthchecksInChain {
    private HealthchecksInChain() {
    }

    /** The effective HEALTHCHECK of the final stage, when it runs a command (not {@code NONE}). */
    static Optional<HealthcheckInstruction> effective(DockerfileContext ctx) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        if (finalStage.isEmpty()) {
            return Optional.empty();
        }
        List<HealthcheckInstruction> all = StageChain.of(finalStage.get()).instructions(HealthcheckInstruction.class);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        HealthcheckInstruction last = all.get(all.size() - 1);
        return last.isNone() || last.command().isEmpty() ? Optional.empty() : Optional.of(last);
    }
}
