package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

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
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            RunCommands commands = RunCommands.of(ctx.model(), run);
            if (commands.mountCovers(LISTS)) {
                continue;
            }
            PackageManagerCommand update = null;
            boolean usesLists = false;
            for (PackageManagerCommand a : PackageManagerCommand.in(commands)) {
                if (!a.sharesAptLists()) {
                    continue;
                }
                if (update == null && a.subcommand().equals("update")) {
                    update = a;
                }
                usesLists |= a.usesAptLists();
            }
            // An update with nothing installed from the lists in the same RUN is apt-get-update-alone
            // (DF010)'s finding: merging it into the install RUN is the fix, and that RUN is checked here.
            if (update != null && usesLists && !commands.removesAptLists()) {
                sink.report(update.range(), "`" + update.display() + "` leaves /var/lib/apt/lists in the layer");
            }
        }
    }
}
