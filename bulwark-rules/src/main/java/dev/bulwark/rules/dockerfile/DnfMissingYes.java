package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/** A dnf command that changes packages without {@code -y}: its prompt aborts the build. */
@RuleInfo(code = "DF035", name = "dnf-missing-yes", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "`dnf install` (or microdnf, tdnf) runs without `-y`, so its confirmation prompt aborts the build.",
        fix = "Add `-y` to the dnf, microdnf or tdnf command.",
        aliases = {"DL3038"})
public final class DnfMissingYes implements DockerfileRule, PackagePrompts.PromptRule {
    // dnf5 and tdnf (Azure Linux, Photon) prompt as dnf does. microdnf built on libdnf assumed yes
    // unless configured otherwise (microdnf PR #94); where microdnf is dnf5 (Fedora 39 and later)
    // it prompts, so its `-y` is not optional either.
    private static final Set<String> PROMPTERS = Set.of("dnf", "dnf5", "microdnf", "tdnf");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        PackagePrompts.check(ctx, sink, this, "`-y`");
    }

    @Override
    public boolean prompts(PackageManagerCommand command) {
        return PackageCaches.runs(command, PROMPTERS, YumMissingYes.PROMPTING);
    }

    @Override
    public boolean assumesYes(PackageManagerCommand command) {
        return YumMissingYes.yumAssumesYes(command);
    }
}
