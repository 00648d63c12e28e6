package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import java.util.Optional;

/**
 * {@code apt-get update} in a shipped stage whose RUN does not delete the package lists it
 * fetched. Only the final stage and the stages it is built FROM ship; builder stages do not.
 */
@RuleInfo(code = "DF011", name = "apt-lists-kept", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO,
        summary = "`apt-get update` leaves the package lists in a shipped layer.",
        fix = "End the RUN with `rm -rf /var/lib/apt/lists/*`, or cache-mount /var/lib/apt.",
        aliases = {"DL3009"})
public final class AptListsKept implements DockerfileRule {
    static final String LISTS = RunCommands.APT_LISTS;

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        if (finalStage.isEmpty()) {
            return;
        }
        for (Instruction instruction : StageChain.of(finalStage.get()).instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            RunCommands commands = RunCommands.of(ctx.model(), run);
            if (commands.mountCovers(LISTS)) {
                continue;
            }
            Optional<AptCommand> update = Optional.empty();
            for (SimpleCommand command : commands.commands()) {
                update = AptCommand.of(command).filter(a -> a.is("update"));
                if (update.isPresent()) {
                    break;
                }
            }
            if (update.isPresent() && !commands.removesAptLists()) {
                sink.report(update.get().range(), "`" + update.get().display()
                        + "` leaves /var/lib/apt/lists in the layer");
            }
        }
    }
}
