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
    // dnf and yum (dnf itself since RHEL 8) share /var/cache/dnf, dnf5 /var/cache/libdnf5.
    private static final Set<String> DNF_CLEANERS = Set.of("dnf", "yum", "dnf5");
    // libdnf's microdnf keeps its own cache (/var/cache/yum), which only `microdnf clean all` empties;
    // and microdnf's clean leaves dnf's cache alone.
    private static final RunCleanup.Cleaner MICRODNF = new MicrodnfClean();

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        PackageCaches.check(ctx, sink, this, YumCacheKept.CACHE, "`dnf clean all`");
    }

    @Override
    public boolean fillsCache(PackageManagerCommand command) {
        return PackageCaches.runs(command, Set.of("dnf", "dnf5", "microdnf"), YumCacheKept.INSTALLING);
    }

    @Override
    public boolean cleans(SimpleCommand command) {
        return PackageCaches.cleanCommand(command, DNF_CLEANERS, Set.of("all"));
    }

    @Override
    public RunCleanup.Cleaner cleanerFor(PackageManagerCommand install) {
        return install.program().equals("microdnf") ? MICRODNF : this;
    }

    private static final class MicrodnfClean implements RunCleanup.Cleaner {
        @Override
        public boolean cleans(SimpleCommand command) {
            return PackageCaches.cleanCommand(command, Set.of("microdnf"), Set.of("all"));
        }
    }
}
