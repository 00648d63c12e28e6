package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared shape of the "package cache kept" rules: in the shipped stages (the final stage and
 * the stages it is built FROM), each installing command of one package manager must be followed
 * in the same RUN by its clean command or an {@code rm -r} of its cache, unless a cache or tmpfs
 * mount keeps the cache out of the layer.
 */
final class PackageCaches {
    private PackageCaches() {
    }

    /** What a rule of this shape decides about its package manager; the rule implements it. */
    interface CacheRule extends RunCleanup.Cleaner {
        /** Whether {@code command} installs packages and so fills the cache. */
        boolean fillsCache(PackageManagerCommand command);

        /** What empties the cache {@code install} filled: this rule's clean command, unless it depends on the installer. */
        default RunCleanup.Cleaner cleanerFor(PackageManagerCommand install) {
            return this;
        }
    }

    static void check(DockerfileContext ctx, FindingSink sink, CacheRule rule, List<String> cacheDirs, String missing) {
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            RunCommands commands = RunCommands.of(ctx.model(), run);
            List<SimpleCommand> all = commands.commands();
            Map<RunCleanup.Cleaner, Integer> lastCleanings = new IdentityHashMap<>();
            Set<RunCleanup.Cleaner> reported = Collections.newSetFromMap(new IdentityHashMap<>());
            int index = 0;
            for (PackageManagerCommand pkg : PackageManagerCommand.in(commands)) {
                // The commands come in RUN order: advance to this one's index.
                while (index < all.size() && all.get(index) != pkg.command()) {
                    index++;
                }
                if (!rule.fillsCache(pkg)) {
                    continue;
                }
                // Found once per cleaner (one for most rules; an installer may bring its own),
                // then shared by the other installing commands of the RUN.
                RunCleanup.Cleaner cleaner = rule.cleanerFor(pkg);
                Integer lastCleaning = lastCleanings.get(cleaner);
                if (lastCleaning == null) {
                    lastCleaning = RunCleanup.lastCleaning(commands, cleaner, cacheDirs);
                    lastCleanings.put(cleaner, lastCleaning);
                }
                // One cleaning at the RUN's end serves every install before it: reported once.
                if (lastCleaning <= index && !reported.contains(cleaner)) {
                    reported.add(cleaner);
                    sink.report(pkg.range(), "`" + pkg.display() + "` without " + missing);
                }
            }
        }
    }

    /** Whether {@code p} is a command of one of {@code programs} with one of the {@code subcommands}. */
    static boolean runs(PackageManagerCommand p, Set<String> programs, Set<String> subcommands) {
        return programs.contains(p.program()) && subcommands.contains(p.subcommand());
    }

    /** Whether {@code command} is {@code <one of programs> clean <one of args>} (any argument when args is empty). */
    static boolean cleanCommand(SimpleCommand command, Set<String> programs, Set<String> args) {
        var parsed = PackageManagerCommand.of(command);
        if (parsed.isEmpty()) {
            return false;
        }
        PackageManagerCommand p = parsed.get();
        if (!programs.contains(p.program()) || !p.subcommand().equals("clean")) {
            return false;
        }
        if (args.isEmpty()) {
            return true;
        }
        for (Word operand : p.operands()) {
            if (args.contains(operand.value())) {
                return true;
            }
        }
        return false;
    }
}
