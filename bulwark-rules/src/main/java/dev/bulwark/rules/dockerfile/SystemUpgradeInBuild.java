package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A whole-system upgrade ({@code apt-get upgrade}, {@code apk upgrade}, {@code yum update} without
 * package names, …) in a shipped stage: the image's package set then depends on the build date.
 * Not reported: an upgrade restricted to security advisories ({@code dnf upgrade --security},
 * {@code zypper patch --category security}, {@code apt-get upgrade} reading only a security
 * source list), and upgrades in a file that states a patch policy in the comment above an upgrade
 * (CVE, security, vulnerability): there the build-date dependence is the documented intent.
 */
@RuleInfo(code = "DF038", name = "system-upgrade-in-build", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO,
        summary = "A full package upgrade in the build makes the image depend on the day it was built.",
        fix = "Rebuild on a newer pinned base image, or upgrade only the packages that need a fix.")
public final class SystemUpgradeInBuild implements DockerfileRule {
    private static final Set<String> APT = Set.of("upgrade", "dist-upgrade", "full-upgrade");
    private static final Set<String> RPM = Set.of("update", "upgrade", "distro-sync");
    private static final Set<String> ZYPPER = Set.of("update", "patch");

    private static final List<String> POLICY_WORDS = List.of("cve", "security", "vulnerab");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        if (statesPatchPolicy(ctx)) {
            return;
        }
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (PackageManagerCommand p : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                if (upgradesAll(p) && !securityOnly(p)) {
                    sink.report(p.range(), "`" + p.display() + "` upgrades every package");
                }
            }
        }
    }

    // A comment right above an upgrading RUN that names security fixes as its reason.
    private static boolean statesPatchPolicy(DockerfileContext ctx) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run) || !upgrades(ctx, run)) {
                continue;
            }
            if (StatedReasons.inComments(run, POLICY_WORDS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean upgrades(DockerfileContext ctx, RunInstruction run) {
        for (PackageManagerCommand p : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
            if (upgradesAll(p)) {
                return true;
            }
        }
        return false;
    }

    // Restricted to security advisories, so not every package moves.
    private static boolean securityOnly(PackageManagerCommand p) {
        if (p.effective().hasFlag("--security", "--sec-severity", "--secseverity", "--cve", "--advisory",
                "--advisories")) {
            return true;
        }
        for (Word w : p.effective().arguments()) {
            if (w.literal().isPresent() && w.literal().get().toLowerCase(Locale.ROOT).contains("security")) {
                return true;
            }
        }
        return false;
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
