package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * {@code apt-get update} in a shipped stage whose RUN installs from the package lists it fetched
 * and does not delete them. Only the final stage and the stages it is built FROM ship; builder
 * stages do not. A lone update is left to {@link AptGetUpdateAlone}. When a later RUN of the
 * stage installs from these lists without its own update, deleting them here would break it: the
 * message then says to merge that install into this RUN instead.
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
                Optional<RunInstruction> reader = laterReader(ctx, run);
                sink.report(update.range(), "`" + update.display() + "` leaves /var/lib/apt/lists in the layer"
                        + (reader.isPresent() ? "; the RUN at line " + reader.get().startLine()
                                + " installs from these lists without its own update: merge it into this RUN"
                                + " and remove the lists there" : ""));
            }
        }
    }

    /** A later RUN of the stage that reads the apt lists before (or without) updating them itself. */
    private static Optional<RunInstruction> laterReader(DockerfileContext ctx, RunInstruction run) {
        Optional<Stage> stage = ctx.model().stageOf(run);
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        boolean after = false;
        for (Instruction i : stage.get().instructions()) {
            if (i == run) {
                after = true;
                continue;
            }
            if (!after || !(i instanceof RunInstruction later)) {
                continue;
            }
            for (PackageManagerCommand a : PackageManagerCommand.in(RunCommands.of(ctx.model(), later))) {
                if (!a.sharesAptLists()) {
                    continue;
                }
                if (a.subcommand().equals("update")) {
                    return Optional.empty();
                }
                if (a.usesAptLists()) {
                    return Optional.of(later);
                }
            }
        }
        return Optional.empty();
    }
}
