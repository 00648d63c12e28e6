package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/**
 * A whole-system upgrade ({@code apt-get upgrade}, {@code apk upgrade}, {@code yum update} without
 * package names, …) in a shipped stage: the image's package set then depends on the build date.
 */
@RuleInfo(code = "DF038", name = "system-upgrade-in-build", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO,
        summary = "A full package upgrade in the build makes the image depend on the day it was built.",
        fix = "Rebuild on a newer pinned base image, or upgrade only the packages that need a fix.")
public final class SystemUpgradeInBuild implements DockerfileRule {
    private static final Set<String> APT = Set.of("upgrade", "dist-upgrade", "full-upgrade");
    private static final Set<String> RPM = Set.of("update", "upgrade", "distro-sync");
    private static final Set<String> ZYPPER = Set.of("update", "patch");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (PackageManagerCommand p : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                if (upgradesAll(p)) {
                    sink.report(p.range(), "`" + p.display() + "` upgrades every package");
                }
            }
        }
    }

    private static boolean upgradesAll(PackageManagerCommand p) {
        return switch (p.program()) {
            case "apt-get", "apt" -> APT.contains(p.subcommand());
            case "apk" -> p.subcommand().equals("upgrade") && p.operands().isEmpty();
            case "yum", "dnf", "microdnf" -> RPM.contains(p.subcommand()) && p.operands().isEmpty();
            // dist-upgrade has its own rule (DF037).
            case "zypper" -> ZYPPER.contains(p.subcommand()) && p.operands().isEmpty();
            default -> false;
        };
    }
}
