package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/** More than one CMD in a stage: only the last CMD of a stage takes effect (spec 1.8); the earlier ones are reported. */
@RuleInfo(code = "DF097", name = "multiple-cmd", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A stage has more than one CMD, and only the last one takes effect.",
        fix = "Keep only the CMD that should run.",
        aliases = {"DL4003", "MultipleInstructionsDisallowed"})
public final class MultipleCmd implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            List<Instruction> all = new ArrayList<>();
            for (Instruction i : stage.instructions()) {
                if (i instanceof CmdInstruction) {
                    all.add(i);
                }
            }
            for (Instruction i : all.subList(0, Math.max(0, all.size() - 1))) {
                sink.report(i.keywordRange(), "`CMD` overridden by the one on line " + all.get(all.size() - 1).startLine());
            }
        }
    }
}
