package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Manager;

/**
 * {@code apk add} of a package without {@code =version} or {@code ~version}; a local {@code .apk}
 * file counts as pinned (as hadolint DL3018).
 */
@RuleInfo(code = "DF071", name = "apk-unpinned-package", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING, enabledByDefault = false,
        summary = "`apk add` of a package without a version (`name=version`).",
        fix = "Pin versions: `apk add --no-cache curl=8.9.1-r0`, or a `~` prefix such as `curl~8.9`.",
        aliases = {"DL3018"})
public final class ApkUnpinnedPackage implements DockerfileRule, UnpinnedPackages.PinRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        UnpinnedPackages.check(ctx, sink, Manager.APK, this);
    }

    @Override
    public boolean pinned(PackageManagerCommand install, String pkg) {
        return pkg.contains("=") || pkg.contains("~") || pkg.endsWith(".apk") || pkg.contains(">")
                || pkg.contains("<");
    }
}
