package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** More than one HEALTHCHECK in one stage: only the last takes effect (spec 1.8). */
@RuleInfo(code = "DF082", name = "multiple-healthchecks", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "A stage has more than one HEALTHCHECK; only the last one takes effect.",
        fix = "Keep one HEALTHCHECK per stage.",
        aliases = {"DL3012"})
public final class MultipleHealthchecks implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            HealthcheckInstruction first = null;
            for (Instruction instruction : stage.instructions()) {
                if (!(instruction instanceof HealthcheckInstruction healthcheck)) {
                    continue;
                }
                if (first == null) {
                    first = healthcheck;
                } else {
                    sink.report(healthcheck.keywordRange(), "another HEALTHCHECK in stage `" + stage.displayName()
                            + "` replaces the one on line " + first.startLine());
                }
            }
        }
    }
}
