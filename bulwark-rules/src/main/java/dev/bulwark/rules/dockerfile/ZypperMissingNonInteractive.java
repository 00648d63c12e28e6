package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/** A zypper command that changes packages without a non-interactive switch: its prompt aborts the build. */
@RuleInfo(code = "DF036", name = "zypper-missing-non-interactive", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "`zypper install` runs without `-n`/`-y`, so its confirmation prompt aborts the build.",
        fix = "Use `zypper --non-interactive install` or `zypper install -y`.",
        aliases = {"DL3034"})
public final class ZypperMissingNonInteractive implements DockerfileRule, PackagePrompts.PromptRule {
    static final Set<String> PROMPTING = Set.of("install", "remove", "update", "dist-upgrade", "patch",
            "source-install", "install-new-recommends");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        PackagePrompts.check(ctx, sink, this, "`--non-interactive`");
    }

    @Override
    public boolean prompts(PackageManagerCommand command) {
        return PackageCaches.runs(command, Set.of("zypper"), PROMPTING);
    }

    @Override
    public boolean assumesYes(PackageManagerCommand command) {
        return command.hasFlag("-n", "--non-interactive", "-y", "--no-confirm", "--non-interactive-include-reboot-patches");
    }
}
