package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.shell.SimpleCommand;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The shared shape of the "package cache kept" rules: in the shipped stages (the final stage and
 * the stages it is built FROM), each installing command of one package manager must be followed
 * in the same RUN by its clean command or an {@code rm -r} of its cache, unless a cache or tmpfs
 * mount keeps the cache out of the layer.
 */
final class PackageCaches {
    private PackageCaches() {
    }

    static void check(DockerfileContext ctx, FindingSink sink, Predicate<PackageManagerCommand> installs,
                      Predicate<SimpleCommand> cleaner, List<String> cacheDirs, String missing) {
        for (Instruction instruction : StageChain.shippedInstructions(ctx.model())) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            RunCommands commands = RunCommands.of(ctx.model(), run);
            for (PackageManagerCommand pkg : PackageManagerCommand.in(commands)) {
                if (installs.test(pkg) && !RunCleanup.cleaned(commands, pkg.command(), cleaner, cacheDirs)) {
                    sink.report(pkg.range(), "`" + pkg.display() + "` without " + missing);
                }
            }
        }
    }

    /** A package command of one of {@code programs} with one of the {@code subcommands}. */
    static Predicate<PackageManagerCommand> installs(Set<String> programs, Set<String> subcommands) {
        return p -> programs.contains(p.program()) && subcommands.contains(p.subcommand());
    }

    /** Whether {@code command} is {@code <one of programs> clean <one of args>} (any argument when args is empty). */
    static Predicate<SimpleCommand> cleanCommand(Set<String> programs, Set<String> args) {
        return c -> PackageManagerCommand.of(c)
                .filter(p -> programs.contains(p.program()) && p.subcommand().equals("clean"))
                .filter(p -> args.isEmpty() || p.operands().stream().anyMatch(w -> args.contains(w.value())))
                .isPresent();
    }
}
