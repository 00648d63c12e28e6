package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Set;
import dev.bulwark.shell.SimpleCommand;

/** {@code apk add} in a shipped stage that leaves the package index in {@code /var/cache/apk}. */
@RuleInfo(code = "DF030", name = "apk-add-without-no-cache", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO,
        summary = "`apk add` without `--no-cache` leaves the APK index in a shipped layer.",
        fix = "Use `apk add --no-cache`, or cache-mount /var/cache/apk.",
        aliases = {"DL3019"})
public final class ApkAddCache implements DockerfileRule, PackageCaches.CacheRule {
    static final List<String> CACHE = List.of("/var/cache/apk", "/etc/apk/cache");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        PackageCaches.check(ctx, sink, this, CACHE, "`--no-cache`");
    }

    @Override
    public boolean fillsCache(PackageManagerCommand command) {
        return PackageCaches.runs(command, Set.of("apk"), Set.of("add")) && !command.hasFlag("--no-cache");
    }

    /** apk has no clean command: only a mount, {@code rm -rf} of the cache or {@code --no-cache} keep it out. */
    @Override
    public boolean cleans(SimpleCommand command) {
        return false;
    }
}
