package dev.bulwark.rules.workflow;

import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import dev.bulwark.workflow.Script;
import java.util.List;
import java.util.Set;

/**
 * A {@code run:} script that only reads: git metadata ({@code git diff --name-only},
 * {@code git log}), text tools and shell built-ins. Such a script runs nothing of a checked-out
 * tree: no script, interpreter, build or package tool of the repository.
 */
final class ReadOnlyCommands {
    private static final Set<String> READERS = Set.of("echo", "printf", "cat", "jq", "yq", "grep", "egrep", "fgrep",
            "sed", "awk", "cut", "sort", "uniq", "head", "tail", "tr", "wc", "test", "[", "[[", "true", "false",
            "basename", "dirname", "date", "ls", "set", "export", "read", "mkdir", "cd", "printenv", "pwd",
            "shift", "exit", "return", "local", "declare", "unset", "sleep", "continue", "break", ":", "curl", "wget");
    // `find … -exec CMD` runs CMD, which the script does not name as a command of its own.
    private static final Set<String> FIND_RUNS = Set.of("-exec", "-execdir", "-ok", "-okdir");
    private static final Set<String> GIT_READS = Set.of("log", "diff", "show", "rev-parse", "status", "describe",
            "branch", "ls-files", "ls-tree", "cat-file", "merge-base", "name-rev", "shortlog", "rev-list", "fetch",
            "remote", "tag", "config", "diff-tree", "for-each-ref", "symbolic-ref");

    private ReadOnlyCommands() {
    }

    /** Whether every command of the script is one that only reads. */
    static boolean only(Script script) {
        List<SimpleCommand> commands = script.shell().commands();
        if (commands.isEmpty()) {
            return false;
        }
        for (SimpleCommand c : commands) {
            String program = c.baseName().orElse("");
            if (program.isEmpty() && c.words().isEmpty()) {
                continue; // an assignment alone
            }
            boolean reads = program.equals("git") ? readsGit(c)
                    : program.equals("find") ? !runsCommands(c) : READERS.contains(program);
            if (!reads) {
                return false;
            }
        }
        return true;
    }

    private static boolean runsCommands(SimpleCommand find) {
        for (Word w : find.arguments()) {
            if (FIND_RUNS.contains(w.value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsGit(SimpleCommand git) {
        for (Word w : git.arguments()) {
            String v = w.value();
            if (!v.startsWith("-")) {
                return GIT_READS.contains(v);
            }
            if (v.equals("-c")) {
                return false; // `git -c core.fsmonitor=…` can name a program to run
            }
        }
        return false;
    }
}
