package dev.bulwark.rules.dockerfile;

import dev.bulwark.project.CopyGlob;
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
            boolean glob = CopyGlob.hasWildcard(path);
            while (!glob && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (path.isEmpty()) {
                continue;
            }
            for (String dir : dirs) {
                if (glob ? globCovers(path, dir) : dir.equals(path) || dir.startsWith(path + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code rm -rf /root/.[acpw]*} covers {@code /root/.cache/pip}: the glob matches the folder or
     * one of its parents, segment by segment, as the shell expands it (a name starting with
     * {@code .} only where the pattern's segment starts with one).
     */
    private static boolean globCovers(String pattern, String dir) {
        // `/root/.cache/*/`: the trailing slash names the same folders.
        String trimmed = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
        // `/var/cache/apk/*` empties the folder itself, and every folder in it but hidden ones.
        if (trimmed.endsWith("/*") && !CopyGlob.hasWildcard(trimmed.substring(0, trimmed.length() - 2))) {
            String folder = trimmed.substring(0, trimmed.length() - 2);
            if (dir.equals(folder)) {
                return true;
            }
            if (dir.startsWith(folder + "/")) {
                return dir.charAt(folder.length() + 1) != '.';
            }
        }
        String[] glob = trimmed.split("/", -1);
        String[] path = dir.split("/", -1);
        if (glob.length > path.length) {
            return false;
        }
        for (int i = 0; i < glob.length; i++) {
            if (path[i].startsWith(".") && !glob[i].startsWith(".")) {
                return false;
            }
        }
        StringBuilder prefix = new StringBuilder(path[0]);
        for (int i = 1; i < glob.length; i++) {
            prefix.append('/').append(path[i]);
        }
        return CopyGlob.matches(trimmed, prefix.toString());
    }
}
