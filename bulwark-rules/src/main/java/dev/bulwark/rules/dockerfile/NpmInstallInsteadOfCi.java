package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.project.CopyGlob;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm install} of a project's dependencies (no package names, not global) after its
 * lockfile was copied into the stage: {@code npm ci} installs exactly the locked tree.
 */
@RuleInfo(code = "DF040", name = "npm-install-instead-of-ci", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.WARNING,
        summary = "`npm install` with a copied lockfile may change the dependency tree; `npm ci` installs it exactly.",
        fix = "Use `npm ci` (with `--omit=dev` for runtime images).")
public final class NpmInstallInsteadOfCi implements DockerfileRule {
    static final Set<String> INSTALL = Set.of("install", "i", "isntall", "add", "in", "ins", "inst", "insta",
            "instal", "isnt", "isnta", "isntal");
    static final Set<String> VALUES = Set.of("--prefix", "-w", "--workspace", "--omit", "--include", "--registry",
            "--cache", "--loglevel", "--userconfig", "--install-strategy", "--fetch-retries", "--network-timeout");
    private static final Set<String> LOCKFILES = Set.of("package-lock.json", "npm-shrinkwrap.json");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            boolean lockCopied = false;
            for (Instruction instruction : StageChain.of(stage).instructions()) {
                if (!stage.contains(instruction)) {
                    lockCopied |= copiesLockfile(ctx, instruction);
                    continue;
                }
                lockCopied |= copiesLockfile(ctx, instruction);
                if (lockCopied && instruction instanceof RunInstruction run) {
                    for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                        Optional<SimpleCommand> install = installsProject(command);
                        if (install.isPresent()) {
                            SimpleCommand c = install.get();
                            Word sub = c.subcommand(VALUES).get();
                            sink.report(c.nameRange().cover(sub.range()),
                                    "`npm " + sub.value() + "` with a copied lockfile");
                        }
                    }
                }
            }
        }
    }

    /** {@code npm install} without package names and without {@code -g}: installs package.json's tree. */
    static Optional<SimpleCommand> installsProject(SimpleCommand command) {
        SimpleCommand c = command.effective();
        if (!c.is("npm")) {
            return Optional.empty();
        }
        List<Word> p = c.positionals(VALUES);
        if (p.isEmpty() || !INSTALL.contains(p.get(0).value()) || p.size() > 1 || c.hasFlag(VALUES, "-g", "--global")) {
            return Optional.empty();
        }
        return Optional.of(c);
    }

    private static boolean copiesLockfile(DockerfileContext ctx, Instruction instruction) {
        for (CopySources.Source source : CopySources.of(ctx.model(), instruction)) {
            if (namesLockfile(source.baseName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesLockfile(String baseName) {
        if (LOCKFILES.contains(baseName)) {
            return true;
        }
        if (!CopyGlob.hasWildcard(baseName)) {
            return false;
        }
        // Matched as BuildKit matches COPY sources (Go's filepath.Match), with no regex to compile.
        for (String lockfile : LOCKFILES) {
            if (CopyGlob.matches(baseName, lockfile)) {
                return true;
            }
        }
        return false;
    }
}
