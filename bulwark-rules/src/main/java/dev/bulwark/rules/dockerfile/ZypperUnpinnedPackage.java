package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Manager;

/**
 * {@code zypper install} of a package without a version relation ({@code =}, {@code >=}, …); a
 * {@code .rpm} file counts as pinned (as hadolint DL3037).
 */
@RuleInfo(code = "DF073", name = "zypper-unpinned-package", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING, enabledByDefault = false,
        summary = "`zypper install` of a package without a version (`name=version`).",
        fix = "Pin versions: `zypper install -y curl=8.6.0`.",
        aliases = {"DL3037"})
public final class ZypperUnpinnedPackage implements DockerfileRule, UnpinnedPackages.PinRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        UnpinnedPackages.check(ctx, sink, Manager.ZYPPER, this);
    }

    @Override
    public boolean pinned(PackageManagerCommand install, String pkg) {
        return pkg.contains("=") || pkg.contains(">") || pkg.contains("<") || pkg.endsWith(".rpm");
    }
}
