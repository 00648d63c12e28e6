package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;
import dev.bulwark.shell.SimpleCommand;

/** {@code dnf install} or {@code microdnf install} in a shipped stage whose RUN does not clean the cache. */
@RuleInfo(code = "DF032", name = "dnf-cache-kept", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.WARNING,
        summary = "`dnf install` or `microdnf install` leaves the dnf cache in a shipped layer.",
        fix = "End the RUN with `dnf clean all` (`microdnf clean all`), or cache-mount /var/cache/dnf.",
        aliases = {"DL3040"})
public final class DnfCacheKept implements DockerfileRule, PackageCaches.CacheRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        PackageCaches.check(ctx, sink, this, YumCacheKept.CACHE, "`dnf clean all`");
    }

    @Override
    public boolean fillsCache(PackageManagerCommand command) {
        return PackageCaches.runs(command, Set.of("dnf", "microdnf"), YumCacheKept.INSTALLING);
    }

    @Override
    public boolean cleans(SimpleCommand command) {
        return PackageCaches.cleanCommand(command, YumCacheKept.CLEANERS, Set.of("all"));
    }
}
