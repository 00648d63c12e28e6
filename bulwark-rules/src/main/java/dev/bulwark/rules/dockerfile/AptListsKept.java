package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * {@code apt-get update} in a shipped stage whose RUN installs from the package lists it fetched
 * and does not delete them. Only the final stage and the stages it is built FROM ship; builder
 * stages do not. A lone update is left to {@link AptGetUpdateAlone}.
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
        for (Instruction instruction : StageChain.shippedInstructions(ctx.model())) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            RunCommands commands = RunCommands.of(ctx.model(), run);
            if (commands.mountCovers(LISTS)) {
                continue;
            }
            List<PackageManagerCommand> apt = PackageManagerCommand.in(commands).stream()
                    .filter(PackageManagerCommand::isApt).toList();
            Optional<PackageManagerCommand> update = apt.stream().filter(a -> a.subcommand().equals("update"))
                    .findFirst();
            // An update with nothing installed from the lists in the same RUN is apt-get-update-alone
            // (DF010)'s finding: merging it into the install RUN is the fix, and that RUN is checked here.
            boolean usesLists = apt.stream().anyMatch(PackageManagerCommand::usesAptLists);
            if (update.isPresent() && usesLists && !commands.removesAptLists()) {
                sink.report(update.get().range(), "`" + update.get().display()
                        + "` leaves /var/lib/apt/lists in the layer");
            }
        }
    }
}
