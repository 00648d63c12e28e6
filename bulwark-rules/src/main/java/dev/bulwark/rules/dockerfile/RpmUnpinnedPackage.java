package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Manager;

/**
 * {@code yum}, {@code dnf}, {@code microdnf} or {@code tdnf install} of a package without a
 * {@code -version} suffix, judged as hadolint DL3041 does: after the first dash there must be a
 * version-like part ({@code httpd-2.4.57}, not {@code python3-devel}). {@code module install}
 * streams need {@code name:stream}; groups ({@code @name}, {@code group install}) have no
 * version and are skipped.
 */
@RuleInfo(code = "DF072", name = "rpm-unpinned-package", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING, enabledByDefault = false,
        summary = "`yum`/`dnf`/`microdnf install` of a package without a version (`name-version`).",
        fix = "Pin versions: `dnf install -y httpd-2.4.57`; pin module streams as `name:stream`.",
        aliases = {"DL3041"})
public final class RpmUnpinnedPackage implements DockerfileRule, UnpinnedPackages.PinRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        UnpinnedPackages.check(ctx, sink, Manager.RPM, this);
    }

    /** A group install ({@code dnf groupinstall}, {@code @group}) names groups, which have no versions. */
    @Override
    public boolean names(PackageManagerCommand install) {
        return !install.isGroup();
    }

    /** A module stream is pinned by its {@code :stream}; a package by its version-release. */
    @Override
    public boolean pinned(PackageManagerCommand install, String pkg) {
        return install.isModule() ? pkg.contains(":") : pinnedPackage(pkg);
    }

    private static boolean pinnedPackage(String pkg) {
        if (pkg.endsWith(".rpm") || pkg.contains("/") || pkg.startsWith("@")) {
            return true;
        }
        String[] parts = pkg.split("-", -1);
        if (parts.length <= 1) {
            return false;
        }
        boolean digit = false;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (!versionPart(part)) {
                return false;
            }
            digit |= !part.isEmpty() && Character.isDigit(part.charAt(0));
        }
        return digit;
    }

    /** ASCII letters and digits and {@code .~^_:+}: what an RPM version or release is made of. */
    private static boolean versionPart(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || ".~^_:+".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
