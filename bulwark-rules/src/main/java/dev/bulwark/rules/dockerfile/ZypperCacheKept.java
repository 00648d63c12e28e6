package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Set;
import dev.bulwark.shell.SimpleCommand;

/** {@code zypper install} in a shipped stage whose RUN does not clean zypper's cache. */
@RuleInfo(code = "DF033", name = "zypper-cache-kept", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.WARNING,
        summary = "`zypper install` leaves the zypper cache in a shipped layer.",
        fix = "End the RUN with `zypper clean --all`, or cache-mount /var/cache/zypp.",
        aliases = {"DL3036"})
public final class ZypperCacheKept implements DockerfileRule, PackageCaches.CacheRule {
    static final Set<String> INSTALLING = Set.of("install", "update", "dist-upgrade", "patch", "source-install",
            "install-new-recommends");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        PackageCaches.check(ctx, sink, this, List.of("/var/cache/zypp"), "`zypper clean`");
    }

    @Override
    public boolean fillsCache(PackageManagerCommand command) {
        return PackageCaches.runs(command, Set.of("zypper"), INSTALLING);
    }

    @Override
    public boolean cleans(SimpleCommand command) {
        return PackageCaches.cleanCommand(command, Set.of("zypper"), Set.of());
    }
}
