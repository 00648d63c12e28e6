package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Mount;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Set;

/** {@code yarn install} in a shipped stage whose RUN keeps yarn's package cache. */
@RuleInfo(code = "DF041", name = "yarn-cache-kept", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO,
        summary = "`yarn install` leaves yarn's package cache in a shipped layer.",
        fix = "End the RUN with `yarn cache clean`, or cache-mount yarn's cache folder.",
        aliases = {"DL3060"})
public final class YarnCacheKept implements DockerfileRule {
    private static final Set<String> VALUES = Set.of("--cwd", "--cache-folder", "--modules-folder", "--network-timeout",
            "--mutex", "--registry");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof RunInstruction run) || cacheMounted(run)) {
                continue;
            }
            List<SimpleCommand> all = RunCommands.of(ctx.model(), run).commands();
            for (int i = 0; i < all.size(); i++) {
                SimpleCommand c = all.get(i).effective();
                if (!c.is("yarn")) {
                    continue;
                }
                List<Word> p = c.positionals(VALUES);
                boolean install = p.isEmpty() || p.get(0).is("install");
                if (install && !c.hasFlag(VALUES, "--version", "-v", "--help", "-h") && !cleanedAfter(all, i)) {
                    sink.report(p.isEmpty() ? c.nameRange() : c.nameRange().cover(p.get(0).range()),
                            "`yarn" + (p.isEmpty() ? "" : " install") + "` without `yarn cache clean`");
                }
            }
        }
    }

    private static boolean cleanedAfter(List<SimpleCommand> all, int index) {
        for (int j = index + 1; j < all.size(); j++) {
            SimpleCommand c = all.get(j).effective();
            List<Word> p = c.positionals(VALUES);
            if (c.is("yarn") && p.size() >= 2 && p.get(0).is("cache") && p.get(1).is("clean")) {
                return true;
            }
            if (c.is("rm") && c.hasFlag("-r", "-R", "--recursive")
                    && anyYarnCache(c.positionals(Set.of()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyYarnCache(List<Word> paths) {
        for (Word w : paths) {
            if (isYarnCache(w.value())) {
                return true;
            }
        }
        return false;
    }

    // Yarn 1 caches in ~/.cache/yarn or /usr/local/share/.cache/yarn; Yarn 2+ in ~/.yarn/berry/cache.
    private static boolean isYarnCache(String path) {
        return path.contains(".cache/yarn") || path.contains("/usr/local/share/.cache") || path.contains(".yarn/berry")
                || path.contains(".yarn/cache");
    }

    private static boolean cacheMounted(RunInstruction run) {
        for (Mount m : run.mounts()) {
            if ((m.isCache() || m.type().equals("tmpfs")) && m.target().isPresent() && isYarnCache(m.target().get())) {
                return true;
            }
        }
        return false;
    }
}
