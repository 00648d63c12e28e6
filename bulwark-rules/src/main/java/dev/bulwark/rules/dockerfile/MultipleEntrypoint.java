package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/** More than one ENTRYPOINT in a stage: only the last ENTRYPOINT of a stage takes effect (spec 1.8); the earlier ones are reported. */
@RuleInfo(code = "DF098", name = "multiple-entrypoint", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A stage has more than one ENTRYPOINT, and only the last one takes effect.",
        fix = "Keep only the ENTRYPOINT that should run.",
        aliases = {"DL4004", "MultipleInstructionsDisallowed"})
public final class MultipleEntrypoint implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            List<Instruction> all = new ArrayList<>();
            for (Instruction i : stage.instructions()) {
                if (i instanceof EntrypointInstruction) {
                    all.add(i);
                }
            }
            for (Instruction i : all.subList(0, Math.max(0, all.size() - 1))) {
                sink.report(i.keywordRange(), "`ENTRYPOINT` overridden by the one on line " + all.get(all.size() - 1).startLine());
            }
        }
    }
}
