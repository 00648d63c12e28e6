package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/** A dnf command that changes packages without {@code -y}: its prompt aborts the build. */
@RuleInfo(code = "DF035", name = "dnf-missing-yes", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "`dnf install` runs without `-y`, so its confirmation prompt aborts the build.",
        fix = "Add `-y` to the dnf command.",
        aliases = {"DL3038"})
public final class DnfMissingYes implements DockerfileRule, PackagePrompts.PromptRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        // microdnf assumes yes unless told `--assumeno`: only dnf prompts.
        PackagePrompts.check(ctx, sink, this, "`-y`");
    }

    @Override
    public boolean prompts(PackageManagerCommand command) {
        return PackageCaches.runs(command, Set.of("dnf"), YumMissingYes.PROMPTING);
    }

    @Override
    public boolean assumesYes(PackageManagerCommand command) {
        return YumMissingYes.yumAssumesYes(command);
    }
}
