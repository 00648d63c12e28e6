package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.model.BaseImage;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.images.BaseImageTools;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code apt-get install} without {@code --no-install-recommends} in a shipped stage, when the flag
 * would change what is installed: some package named brings recommended packages
 * ({@link DebianRecommends}), or is a local {@code .deb} (apt honours the Recommends it declares;
 * local keyring packages such as {@code ./cuda-keyring_1.1-1_all.deb} recommend nothing). Packages
 * that bring nothing more ({@code pv}, {@code bzip2}), names only known at build time and packages
 * Debian does not have (vendor repositories) give no finding, nor do packages the base image
 * already holds ({@code git} in {@code python:3.12}, built on buildpack-deps) or an earlier install
 * of the image put there, nor an install
 * without {@code -y}, whose prompt for any package beyond those named aborts the build.
 */
@RuleInfo(code = "DF012", name = "apt-no-install-recommends", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO,
        summary = "`apt-get install` also installs recommended packages.",
        fix = "Add `--no-install-recommends` and list the packages you need.",
        aliases = {"DL3015"}, autofix = FixApplicability.SAFE)
public final class AptNoInstallRecommends implements DockerfileRule {
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");
    private static final String NODESOURCE_PACKAGE = "nodejs";

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        // Only shipped stages: recommended packages in a builder stage never reach the image.
        boolean nodeSource = false;
        // Packages an earlier install of the image put there: apt leaves them, and what they
        // recommend, alone when they are named again.
        Set<String> installed = new HashSet<>();
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            nodeSource |= addsNodeSource(run);
            for (PackageManagerCommand a : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                // Without -y the prompt for anything beyond the named packages aborts the build
                // (DF013): a build that succeeds installed no recommendations.
                if (a.isApt() && a.subcommand().equals("install") && !a.hasFlag("--no-install-recommends")
                        && !recommendsDisabled(a) && AptPrompt.assumesYes(a)) {
                    Optional<Stage> stage = ctx.model().stageOf(instruction);
                    BaseImage base = stage.isPresent() ? stage.get().rootBase() : null;
                    Optional<String> bringing = bringsRecommendations(a, base, nodeSource, installed);
                    if (bringing.isPresent()) {
                        // Right after the subcommand: `apt-get install --no-install-recommends -y curl`.
                        sink.report(a.range(), "`" + a.display() + "` without `--no-install-recommends`: "
                                + bringing.get(), Fix.safe("add --no-install-recommends",
                                        TextEdit.insert(a.range().end(), " --no-install-recommends")));
                    }
                }
                if (a.isApt() && a.subcommand().equals("install")) {
                    for (PackageManagerCommand.Package p : a.packages()) {
                        if (p.isRepositoryName()) {
                            installed.add(p.name());
                        }
                    }
                }
            }
        }
    }

    /** What makes the flag count, for the message; empty when it would change nothing. */
    private static Optional<String> bringsRecommendations(PackageManagerCommand apt, BaseImage baseImage,
            boolean nodeSource, Set<String> installedBefore) {
        List<String> bringing = new ArrayList<>();
        String localPackage = null;
        for (PackageManagerCommand.Package p : apt.packages()) {
            String file = p.word().value();
            String base = file.substring(file.lastIndexOf('/') + 1);
            if (p.isKnown() && file.contains("/") && base.endsWith(".deb")) {
                if (!base.contains("keyring") && localPackage == null) {
                    localPackage = base;
                }
            } else if (p.isRepositoryName() && DebianRecommends.bringsRecommendations(p.name())
                    && !(nodeSource && p.name().equals(NODESOURCE_PACKAGE)) && !installedBefore.contains(p.name())
                    // Already in the base (git in python:3.12): apt leaves it, and its recommendations, alone.
                    && (baseImage == null || !BaseImageTools.hasPackage(baseImage, p.name()))) {
                bringing.add(p.name());
            }
        }
        if (!bringing.isEmpty()) {
            String more = bringing.size() > 1 ? " and " + (bringing.size() - 1) + " more bring" : " brings";
            return Optional.of("`" + bringing.get(0) + "`" + more + " recommended packages along");
        }
        return localPackage == null ? Optional.empty()
                : Optional.of("apt installs what `" + localPackage + "` recommends");
    }

    /**
     * Whether the RUN adds NodeSource's repository (its {@code setup_20.x} script, or its source
     * line): apt then installs NodeSource's {@code nodejs}, which recommends nothing, rather than
     * Debian's, which the Recommends table describes.
     */
    private static boolean addsNodeSource(RunInstruction run) {
        return run.command() instanceof ShellForm shell && shell.text().text().contains("nodesource");
    }

    private static boolean recommendsDisabled(PackageManagerCommand apt) {
        Optional<String> recommends = apt.option("APT::Install-Recommends");
        return recommends.isPresent() && FALSE.contains(recommends.get().toLowerCase(Locale.ROOT));
    }
}
