package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Locale;
import java.util.Set;
import dev.bulwark.shell.Word;

/** A yum command that changes packages without {@code -y}: its prompt aborts the build. */
@RuleInfo(code = "DF034", name = "yum-missing-yes", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "`yum install` runs without `-y`, so its confirmation prompt aborts the build.",
        fix = "Add `-y` to the yum command.",
        aliases = {"DL3030"})
public final class YumMissingYes implements DockerfileRule, PackagePrompts.PromptRule {
    private static final LazyPattern ASSUME_YES = LazyPattern.of("assumeyes=(1|true|yes|on)");
    static final Set<String> PROMPTING = Set.of("install", "groupinstall", "localinstall", "reinstall", "update",
            "upgrade", "upgrade-minimal", "downgrade", "distro-sync", "remove", "erase", "autoremove", "groupremove");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        PackagePrompts.check(ctx, sink, this, "`-y`");
    }

    @Override
    public boolean prompts(PackageManagerCommand command) {
        return PackageCaches.runs(command, Set.of("yum"), PROMPTING);
    }

    @Override
    public boolean assumesYes(PackageManagerCommand command) {
        return yumAssumesYes(command);
    }

    /** {@code -y}, or {@code --setopt=assumeyes=1}: also how dnf is told. */
    static boolean yumAssumesYes(PackageManagerCommand p) {
        if (p.hasFlag("-y", "--assumeyes")) {
            return true;
        }
        for (Word setting : p.flagValues("--setopt")) {
            if (ASSUME_YES.matcher(setting.value().toLowerCase(Locale.ROOT).replace(" ", "")).matches()) {
                return true;
            }
        }
        return false;
    }
}
