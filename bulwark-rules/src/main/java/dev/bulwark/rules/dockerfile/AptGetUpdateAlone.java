package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** {@code apt-get update} in a RUN that installs nothing: its cached layer goes stale. */
@RuleInfo(code = "DF010", name = "apt-get-update-alone", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "`apt-get update` runs in a RUN without an install, so its cached result goes stale.",
        fix = "Run `apt-get update` in the same RUN as the `apt-get install` that needs it.")
public final class AptGetUpdateAlone implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            RunCommands commands = RunCommands.of(ctx.model(), run);
            PackageManagerCommand update = null;
            boolean usesLists = false;
            for (PackageManagerCommand a : PackageManagerCommand.in(commands)) {
                if (!a.sharesAptLists()) {
                    continue;
                }
                usesLists |= a.usesAptLists();
                if (update == null && a.subcommand().equals("update")) {
                    update = a;
                }
            }
            // Lists deleted in the same RUN cannot go stale in a cached layer: whatever used them
            // (an installer script) ran in this RUN too.
            if (usesLists || commands.removesAptLists()) {
                continue;
            }
            if (update != null) {
                sink.report(update.range(), "`" + update.display() + "` without an install in the same RUN");
            }
        }
    }
}
