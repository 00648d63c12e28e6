package dev.bulwark.rules.dockerfile;

import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Set;

/**
 * Whether a RUN removes a package manager's cache after a given command: a matching clean command
 * later in the RUN, an {@code rm -r} of a covering path later in the RUN, or a cache/tmpfs mount
 * over the cache directory (then nothing reaches the layer).
 */
final class RunCleanup {
    private RunCleanup() {
    }

    /** A package manager's own clean command; the rule that needs one implements it. */
    interface Cleaner {
        boolean cleans(SimpleCommand command);
    }

    static boolean cleaned(RunCommands commands, SimpleCommand after, Cleaner cleaner, List<String> cacheDirs) {
        int from = commands.commands().indexOf(after);
        return lastCleaning(commands, cleaner, cacheDirs) > Math.max(from, 0);
    }

    /**
     * The index of the RUN's last command that empties the cache, so that a command at a lower
     * index is cleaned after: {@link Integer#MAX_VALUE} when a cache or tmpfs mount covers one of
     * the directories (nothing reaches the layer), -1 when no command does. A rule asks once per
     * RUN rather than scanning forward from every installing command, which made a RUN of 10,000
     * installs quadratic (issue 9, "Hostile inputs").
     */
    static int lastCleaning(RunCommands commands, Cleaner cleaner, List<String> cacheDirs) {
        for (String dir : cacheDirs) {
            if (commands.mountCovers(dir)) {
                return Integer.MAX_VALUE;
            }
        }
        List<SimpleCommand> all = commands.commands();
        for (int i = all.size() - 1; i >= 0; i--) {
            SimpleCommand c = all.get(i);
            if (cleaner.cleans(c) || removes(c, cacheDirs)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code command} is an {@code rm -r} whose operands cover one of {@code dirs}. */
    static boolean removes(SimpleCommand command, List<String> dirs) {
        SimpleCommand c = command.effective();
        if (!c.is("rm") || !c.hasFlag("-r", "-R", "--recursive")) {
            return false;
        }
        for (Word w : c.positionals(Set.of())) {
            String path = w.value();
            while (path.endsWith("*") || path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (path.isEmpty()) {
                continue;
            }
            for (String dir : dirs) {
                if (dir.equals(path) || dir.startsWith(path + "/")) {
                    return true;
                }
            }
        }
        return false;
    }
}
