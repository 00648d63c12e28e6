package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** {@code apt} in a RUN: its command-line interface is for people and may change between releases. */
@RuleInfo(code = "DF112", name = "apt-instead-of-apt-get", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A RUN uses `apt`, whose interface is unstable in scripts, instead of `apt-get`.",
        fix = "Use `apt-get` (or `apt-cache` for queries).",
        aliases = {"DL3027"})
public final class AptInsteadOfAptGet implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (i instanceof RunInstruction run) {
                for (PackageManagerCommand a : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                    if (a.program().equals("apt")) {
                        sink.report(a.range(), "`" + a.display() + "`: use `apt-get`");
                    }
                }
            }
        }
    }
}
