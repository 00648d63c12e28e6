package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import java.util.Optional;

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
            Optional<AptCommand> update = Optional.empty();
            boolean usesLists = false;
            for (SimpleCommand command : commands.commands()) {
                Optional<AptCommand> apt = AptCommand.of(command);
                if (apt.isPresent()) {
                    usesLists |= AptCommand.USING_LISTS.contains(apt.get().subcommand());
                    if (update.isEmpty() && apt.get().is("update")) {
                        update = apt;
                    }
                }
            }
            // Lists deleted in the same RUN cannot go stale in a cached layer: whatever used them
            // (an installer script) ran in this RUN too.
            if (usesLists || commands.removesAptLists()) {
                continue;
            }
            update.ifPresent(a -> sink.report(a.range(), "`" + a.display() + "` without an install in the same RUN"));
        }
    }
}
