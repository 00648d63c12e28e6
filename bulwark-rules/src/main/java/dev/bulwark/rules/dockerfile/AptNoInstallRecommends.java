package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code apt-get install} without {@code --no-install-recommends} in a shipped stage. An install of
 * only local keyring packages ({@code ./cuda-keyring_1.1-1_all.deb}) is left alone: they set up a
 * repository and recommend nothing. Other local {@code .deb} files still count, since apt honours
 * the Recommends they declare.
 */
@RuleInfo(code = "DF012", name = "apt-no-install-recommends", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO,
        summary = "`apt-get install` also installs recommended packages.",
        fix = "Add `--no-install-recommends` and list the packages you need.",
        aliases = {"DL3015"}, autofix = FixApplicability.SAFE)
public final class AptNoInstallRecommends implements DockerfileRule {
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        // Only shipped stages: recommended packages in a builder stage never reach the image.
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (PackageManagerCommand a : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                if (a.isApt() && a.subcommand().equals("install") && !a.hasFlag("--no-install-recommends")
                        && !recommendsDisabled(a) && !onlyLocalKeyrings(a)) {
                    // Right after the subcommand: `apt-get install --no-install-recommends -y curl`.
                    sink.report(a.range(), "`" + a.display() + "` without `--no-install-recommends`",
                            Fix.safe("add --no-install-recommends",
                                    TextEdit.insert(a.range().end(), " --no-install-recommends")));
                }
            }
        }
    }

    private static boolean onlyLocalKeyrings(PackageManagerCommand apt) {
        List<PackageManagerCommand.Package> packages = apt.packages();
        if (packages.isEmpty()) {
            return false;
        }
        for (PackageManagerCommand.Package p : packages) {
            String file = p.word().value();
            String base = file.substring(file.lastIndexOf('/') + 1);
            if (!file.contains("/") || !base.endsWith(".deb") || !base.contains("keyring")) {
                return false;
            }
        }
        return true;
    }

    private static boolean recommendsDisabled(PackageManagerCommand apt) {
        Optional<String> recommends = apt.option("APT::Install-Recommends");
        return recommends.isPresent() && FALSE.contains(recommends.get().toLowerCase(Locale.ROOT));
    }
}
