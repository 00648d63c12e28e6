package dev.bulwark.rules.kubernetes;

import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Containers that only wait. A main container that runs {@code sleep infinity},
 * {@code tail -f /dev/null} or {@code while true; do sleep 30; done} does no work of its own: it
 * is a toolbox people {@code kubectl exec} into. An init container that only loops until another
 * service answers ({@code until nc -z redis 6379; do sleep 2; done}) holds the pod back and uses
 * next to nothing. Commands are read as the shell would run them (a {@code sh -c} script parsed by
 * bulwark-shell, never run).
 */
final class IdleCommands {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");
    private static final Set<String> WAITING = Set.of("sleep", "tail", "echo", "printf", "true", ":", "exec");
    // What a wait-for-it loop asks before it sleeps again.
    private static final Set<String> PROBES = Set.of("nc", "pg_isready", "curl", "wget", "nslookup", "redis-cli",
            "mysqladmin", "getent", "test", "[", "false", "date", "grep");

    private IdleCommands() {
    }

    /** True when every command the container runs only waits (an init container may also probe). */
    static boolean isIdle(Container container) {
        List<String> argv = new ArrayList<>();
        for (Field f : container.command()) {
            argv.add(f.textOrEmpty());
        }
        for (Field f : container.args()) {
            argv.add(f.textOrEmpty());
        }
        if (argv.isEmpty()) {
            return false;
        }
        List<SimpleCommand> commands = commandsOf(argv);
        boolean sleeps = false;
        for (SimpleCommand c : commands) {
            Optional<String> name = c.baseName();
            if (name.isEmpty()) {
                return false;
            }
            String program = name.get();
            if (!WAITING.contains(program) && !(container.isInit() && PROBES.contains(program))) {
                return false;
            }
            sleeps |= program.equals("sleep") || program.equals("tail");
        }
        return sleeps;
    }

    // `sh -c SCRIPT` runs the script; anything else is one command line.
    private static List<SimpleCommand> commandsOf(List<String> argv) {
        String first = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        for (int i = 1; i + 1 < argv.size(); i++) {
            if (SHELLS.contains(first) && argv.get(i).startsWith("-") && argv.get(i).endsWith("c")) {
                // `bash -c -- SCRIPT`: `--` ends the options, the script follows it.
                int script = argv.get(i + 1).equals("--") && i + 2 < argv.size() ? i + 2 : i + 1;
                return ShellParser.parse(argv.get(script)).commands();
            }
        }
        StringBuilder line = new StringBuilder();
        for (String word : argv) {
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        return ShellParser.parse(line.toString()).commands();
    }
}
