package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.BaseImage;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/**
 * An apt command that changes packages without {@code -y}: its prompt aborts a non-interactive
 * build. Not reported where it cannot prompt: an install with no {@code apt-get update} before it
 * on an official image, whose package lists are empty.
 */
@RuleInfo(code = "DF013", name = "apt-missing-yes", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "`apt-get install` runs without `-y`, so its confirmation prompt aborts the build.",
        fix = "Add `-y` to the apt-get command.",
        aliases = {"DL3014"})
public final class AptMissingYes implements DockerfileRule {
    // Subcommands that change packages and therefore ask for confirmation. `autoremove` is left
    // out: in a fresh build it usually has nothing to remove and then does not ask.
    private static final Set<String> CHANGING = Set.of("install", "reinstall", "build-dep", "upgrade", "dist-upgrade",
            "full-upgrade", "remove", "purge");

    // Subcommands that work from the package lists: with empty lists they find nothing to do or fail
    // with "Unable to locate package", and never reach the prompt.
    private static final Set<String> NEED_LISTS = Set.of("install", "reinstall", "build-dep", "upgrade",
            "dist-upgrade", "full-upgrade");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            StageChain chain = StageChain.of(stage);
            boolean emptyLists = startsWithEmptyLists(stage);
            for (Instruction instruction : chain.instructions()) {
                if (!(instruction instanceof RunInstruction run)) {
                    continue;
                }
                boolean own = stage.contains(instruction);
                for (PackageManagerCommand a : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                    if (!a.isApt()) {
                        continue;
                    }
                    if (a.subcommand().equals("update")) {
                        emptyLists = false;
                    } else if (own && CHANGING.contains(a.subcommand()) && !AptPrompt.assumesYes(a)
                            && !(emptyLists && NEED_LISTS.contains(a.subcommand()) && !installsFiles(a))) {
                        sink.report(a.range(), "`" + a.display() + "` without `-y`");
                    }
                }
            }
        }
    }

    // Official Docker Hub images delete /var/lib/apt/lists when they are built; until an
    // `apt-get update` runs in the stage (or a stage it is built on), apt knows no packages.
    private static boolean startsWithEmptyLists(Stage stage) {
        BaseImage root = stage.rootBase();
        return root instanceof ImageBase base && base.fullyResolved() && base.ref() instanceof ImageName name
                && name.isOfficialImage();
    }

    // `apt-get install ./pkg.deb` needs no lists for the file itself.
    private static boolean installsFiles(PackageManagerCommand apt) {
        for (PackageManagerCommand.Package p : apt.packages()) {
            String v = p.word().value();
            if (v.contains("/") || v.endsWith(".deb") || p.word().hasExpansion()) {
                return true;
            }
        }
        return false;
    }
}
