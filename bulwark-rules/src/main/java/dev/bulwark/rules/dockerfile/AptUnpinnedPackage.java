package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Manager;

/**
 * {@code apt-get install} (and {@code apt install}) of a package without {@code =version}. As
 * hadolint DL3008: a {@code /release} suffix or a {@code .deb} path counts as pinned.
 */
@RuleInfo(code = "DF070", name = "apt-unpinned-package", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING, enabledByDefault = false,
        summary = "`apt-get install` of a package without a version (`name=version`).",
        fix = "Pin versions: `apt-get install -y curl=8.5.0-2ubuntu10.1`, or rely on a dated snapshot repository.",
        aliases = {"DL3008"})
public final class AptUnpinnedPackage implements DockerfileRule, UnpinnedPackages.PinRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        UnpinnedPackages.check(ctx, sink, Manager.APT, this);
    }

    @Override
    public boolean pinned(PackageManagerCommand install, String pkg) {
        return pkg.contains("=") || pkg.contains("/") || pkg.endsWith(".deb");
    }
}
