package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.FromReference;
import dev.bulwark.dockerfile.model.FromTarget;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** {@code COPY --from} naming the stage it is in: BuildKit fails with a circular dependency (spec 1.8). */
@RuleInfo(code = "DF106", name = "copy-from-own-stage", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "`COPY --from` names the stage it is part of, a circular dependency.",
        fix = "Copy from an earlier stage, or use a plain COPY from the build context.",
        aliases = {"DL3023"})
public final class CopyFromOwnStage implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            for (FromReference ref : stage.fromReferences()) {
                if (ref.target() instanceof FromTarget.StageTarget t && t.stage() == stage) {
                    sink.report(ref.range(), "`" + ref.text() + "` is this stage");
                }
            }
        }
    }
}
