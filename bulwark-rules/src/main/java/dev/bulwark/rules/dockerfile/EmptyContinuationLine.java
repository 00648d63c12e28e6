package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** A blank line inside a line continuation, which BuildKit drops with a warning (spec 1.4). */
@RuleInfo(code = "DF089", name = "empty-continuation-line", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "An empty line inside a continued instruction, which future Docker releases will reject.",
        fix = "Remove the blank line, or end the instruction before it.",
        aliases = {"NoEmptyContinuation"})
public final class EmptyContinuationLine implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (!i.header().emptyContinuationLines().isEmpty()) {
                sink.report(i.header().emptyContinuationLines().get(0),
                        "empty line inside the continued `" + i.keyword() + "`");
            }
        }
    }
}
