package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
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
        aliases = {"DL3009"}, autofix = FixApplicability.SAFE)
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
                String message = "`" + update.display() + "` leaves /var/lib/apt/lists in the layer"
                        + (reader.isPresent() ? "; the RUN at line " + reader.get().startLine()
                                + " installs from these lists without its own update: merge it into this RUN"
                                + " and remove the lists there" : "");
                // Removing the lists would break the later RUN that reads them.
                Optional<Fix> fix = reader.isPresent() ? Optional.empty() : fix(ctx, run);
                if (fix.isPresent()) {
                    sink.report(update.range(), message, fix.get());
                } else {
                    sink.report(update.range(), message);
                }
            }
        }
    }

    /**
     * A cache mount over the lists when the file already builds with BuildKit mounts (the lists
     * then also survive between builds), else their removal at the end of the RUN.
     */
    private static Optional<Fix> fix(DockerfileContext ctx, RunInstruction run) {
        if (usesMounts(ctx)) {
            return Optional.of(Fix.safe("cache-mount " + LISTS, TextEdit.insert(run.keywordRange().end(),
                    " --mount=type=cache,target=" + LISTS + ",sharing=locked")));
        }
        Optional<TextEdit> remove = RunChainEnd.append(ctx, run, "rm -rf " + LISTS + "/*");
        return remove.isPresent() ? Optional.of(Fix.safe("remove " + LISTS + " at the end of the RUN", remove.get()))
                : Optional.empty();
    }

    private static boolean usesMounts(DockerfileContext ctx) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (i instanceof RunInstruction r && !r.mounts().isEmpty()) {
                return true;
            }
        }
        return false;
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
