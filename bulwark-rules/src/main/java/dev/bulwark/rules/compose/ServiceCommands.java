package dev.bulwark.rules.compose;

import dev.bulwark.compose.CommandLine;
import dev.bulwark.compose.Service;
import dev.bulwark.compose.Word;
import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a service's container runs, as word lists: its {@code entrypoint} followed by its
 * {@code command} (what Docker executes when both are set; an image's own entrypoint is not known
 * here), and every simple command of a shell script passed with {@code -c}
 * ({@code bash -c "pip install x && jupyter lab"}), parsed by the shell parser, never run.
 */
final class ServiceCommands {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh");

    private ServiceCommands() {
    }

    /** The invocations: the whole command line first, then the commands of its {@code -c} scripts. */
    static List<List<String>> invocations(Service service) {
        List<String> argv = new ArrayList<>();
        add(service.entrypoint(), argv);
        add(service.command(), argv);
        List<List<String>> out = new ArrayList<>();
        if (argv.isEmpty()) {
            return out;
        }
        out.add(argv);
        for (int i = 0; i + 1 < argv.size(); i++) {
            if (isShell(argv.get(i)) && isCommandFlag(argv.get(i + 1)) && i + 2 < argv.size()) {
                for (SimpleCommand c : ShellParser.parse(argv.get(i + 2)).commands()) {
                    List<String> words = new ArrayList<>();
                    for (dev.bulwark.shell.Word w : c.effective().words()) {
                        words.add(w.value());
                    }
                    if (!words.isEmpty()) {
                        out.add(words);
                    }
                }
                break;
            }
        }
        return out;
    }

    /**
     * True for an interactive workbench: {@code stdin_open} and {@code tty} set and a bare shell as
     * its command ({@code command: bash}), a container someone attaches to and works in, like a
     * terminal on the host, rather than a service.
     */
    static boolean isInteractiveShell(Service service) {
        if (!isTrue(service, "stdin_open") || !isTrue(service, "tty")) {
            return false;
        }
        List<String> argv = new ArrayList<>();
        add(service.entrypoint(), argv);
        add(service.command(), argv);
        return argv.size() == 1 && isShell(argv.get(0));
    }

    private static boolean isTrue(Service service, String key) {
        return service.scalar(key).isPresent() && service.scalar(key).get().isTrue();
    }

    /** Every word of the entrypoint and command, with its span, for findings about one word. */
    static List<Word> words(Service service) {
        List<Word> out = new ArrayList<>();
        if (service.entrypoint().isPresent()) {
            out.addAll(service.entrypoint().get().words());
        }
        if (service.command().isPresent()) {
            out.addAll(service.command().get().words());
        }
        return out;
    }

    private static void add(Optional<CommandLine> line, List<String> argv) {
        if (line.isPresent()) {
            for (Word w : line.get().words()) {
                argv.add(w.text());
            }
        }
    }

    private static boolean isShell(String word) {
        return SHELLS.contains(word.substring(word.lastIndexOf('/') + 1));
    }

    // `-c`, and combined short flags ending in c: `-lc`, `-ec`, `-xc`.
    private static boolean isCommandFlag(String word) {
        return word.length() >= 2 && word.charAt(0) == '-' && word.charAt(1) != '-' && word.endsWith("c");
    }
}
