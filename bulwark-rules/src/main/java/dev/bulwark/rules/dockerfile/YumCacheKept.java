package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Set;
import dev.bulwark.shell.SimpleCommand;

/** {@code yum install} in a shipped stage whose RUN does not clean yum's cache. */
@RuleInfo(code = "DF031", name = "yum-cache-kept", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.WARNING,
        summary = "`yum install` leaves the yum cache in a shipped layer.",
        fix = "End the RUN with `yum clean all && rm -rf /var/cache/yum`, or cache-mount /var/cache/yum.",
        aliases = {"DL3032"})
public final class YumCacheKept implements DockerfileRule, PackageCaches.CacheRule {
    static final Set<String> INSTALLING = Set.of("install", "groupinstall", "localinstall", "reinstall", "update",
            "upgrade", "upgrade-minimal", "downgrade", "distro-sync");
    // On RHEL 8 and later yum is dnf: any of their clean commands empties the same cache.
    static final Set<String> CLEANERS = Set.of("yum", "dnf", "microdnf");
    static final List<String> CACHE = List.of("/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        PackageCaches.check(ctx, sink, this, CACHE, "`yum clean all`");
    }

    @Override
    public boolean fillsCache(PackageManagerCommand command) {
        return PackageCaches.runs(command, Set.of("yum"), INSTALLING);
    }

    @Override
    public boolean cleans(SimpleCommand command) {
        return PackageCaches.cleanCommand(command, CLEANERS, Set.of("all"));
    }
}
