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
        for (String dir : cacheDirs) {
            if (commands.mountCovers(dir)) {
                return true;
            }
        }
        List<SimpleCommand> all = commands.commands();
        int from = all.indexOf(after);
        for (int i = Math.max(from, 0) + 1; i < all.size(); i++) {
            SimpleCommand c = all.get(i);
            if (cleaner.cleans(c) || removes(c, cacheDirs)) {
                return true;
            }
        }
        return false;
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
