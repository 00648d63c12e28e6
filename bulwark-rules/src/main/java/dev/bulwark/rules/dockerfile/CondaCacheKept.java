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
import java.util.Optional;
import java.util.Set;

/**
 * {@code conda}, {@code mamba} or {@code micromamba} installing packages in a shipped stage whose
 * RUN neither runs {@code <tool> clean} afterwards, removes the {@code pkgs} cache, nor
 * cache-mounts it.
 */
@RuleInfo(code = "DF039", name = "conda-cache-kept", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.WARNING,
        summary = "`conda install` leaves downloaded package tarballs and caches in a shipped layer.",
        fix = "End the RUN with `conda clean -afy` (`mamba clean -afy`, `micromamba clean -afy`).")
public final class CondaCacheKept implements DockerfileRule {
    private static final Set<String> VALUES = CondaInstall.VALUE_OPTIONS;
    private static final Set<String> INSTALLING = CondaInstall.INSTALLING;

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof RunInstruction run) || pkgsCacheMounted(run)) {
                continue;
            }
            RunCommands commands = RunCommands.of(ctx.model(), run);
            List<SimpleCommand> all = commands.commands();
            for (int i = 0; i < all.size(); i++) {
                SimpleCommand c = all.get(i).effective();
                if (!isCondaTool(c)) {
                    continue;
                }
                List<Word> p = c.positionals(VALUES);
                if (p.isEmpty()) {
                    continue;
                }
                String sub = p.get(0).value();
                boolean env = sub.equals("env") && p.size() > 1 && Set.of("create", "update").contains(p.get(1).value());
                if (!INSTALLING.contains(sub) && !env) {
                    continue;
                }
                if (!cleanedAfter(all, i)) {
                    // One finding per RUN: one clean at its end fixes every install in it.
                    sink.report(c.nameRange().cover(p.get(env ? 1 : 0).range()),
                            "`" + c.baseName().orElse("conda") + " " + (env ? "env " : "") + p.get(env ? 1 : 0).value()
                                    + "` without `" + c.baseName().orElse("conda") + " clean`");
                    break;
                }
            }
        }
    }

    private static boolean cleanedAfter(List<SimpleCommand> all, int index) {
        for (int j = index + 1; j < all.size(); j++) {
            SimpleCommand c = all.get(j).effective();
            if (isCondaTool(c) && c.hasSubcommand(VALUES, "clean")) {
                return true;
            }
            if (c.is("rm") && c.hasFlag("-r", "-R", "--recursive") && removesPkgsDir(c.positionals(Set.of()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCondaTool(SimpleCommand c) {
        return CondaInstall.isCondaTool(c);
    }

    private static boolean removesPkgsDir(List<Word> paths) {
        for (Word path : paths) {
            if (isPkgsDir(path.value())) {
                return true;
            }
        }
        return false;
    }

    // `/opt/conda/pkgs`, `$CONDA_DIR/pkgs/*`, `~/.conda/pkgs`: the package cache conda fills.
    private static boolean isPkgsDir(String path) {
        String p = path;
        while (p.endsWith("*") || p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.endsWith("/pkgs") || p.equals("pkgs");
    }

    private static boolean pkgsCacheMounted(RunInstruction run) {
        for (Mount m : run.mounts()) {
            if (!m.isCache() && !m.type().equals("tmpfs")) {
                continue;
            }
            Optional<String> target = m.target();
            if (target.isPresent() && isPkgsDir(RunCommands.trimSlashes(target.get()))) {
                return true;
            }
        }
        return false;
    }
}
