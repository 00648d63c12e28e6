package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.Mount;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The simple commands one RUN executes: its shell-form script and the heredoc bodies run as
 * scripts (spec 1.7), each command once. A RUN is one layer, so "in the same RUN" questions are
 * asked over this list.
 */
final class RunCommands {
    /** Where {@code apt-get update} stores the package lists. */
    static final String APT_LISTS = "/var/lib/apt/lists";

    private final DockerfileModel model;
    private final RunInstruction run;
    private final List<SimpleCommand> commands;

    private RunCommands(DockerfileModel model, RunInstruction run, List<SimpleCommand> commands) {
        this.model = model;
        this.run = run;
        this.commands = List.copyOf(commands);
    }

    static RunCommands of(DockerfileModel model, RunInstruction run) {
        // The model computes the list once per RUN; every rule asking shares it.
        return new RunCommands(model, run, model.runCommands(run));
    }

    RunInstruction run() {
        return run;
    }

    /** Every simple command, as written (call {@code effective()} to see through sudo and friends). */
    List<SimpleCommand> commands() {
        return commands;
    }

    /**
     * A mount's target as the builder sees it: BuildKit expands ARG and ENV variables in
     * {@code --mount} options ({@code target=${PIP_CACHE_DIR}}). Empty when absent or unresolvable.
     */
    Optional<String> target(Mount mount) {
        Optional<String> raw = mount.target();
        if (raw.isEmpty() || raw.get().indexOf('$') < 0) {
            return raw;
        }
        Expansion e = model.expand(run, raw.get());
        return e.isOk() && e.undefined().isEmpty() ? Optional.of(e.text()) : Optional.empty();
    }

    /**
     * A word of the script as the shell sees it when the variables it names are ARG or ENV values
     * the file sets ({@code torch==${TORCH_VERSION}} with {@code ARG TORCH_VERSION=1.13.1}): the RUN
     * gets them in its environment. Empty when a variable has no value in the file (a build
     * argument, a shell variable) or the word uses more than plain parameter expansion.
     */
    Optional<String> resolved(Word word) {
        if (!word.hasExpansion()) {
            return Optional.of(word.value());
        }
        Expansion e = model.expand(run, word.raw());
        return e.isOk() && e.undefined().isEmpty() && e.text().indexOf('$') < 0 ? Optional.of(e.text()) : Optional.empty();
    }

    /** Whether a {@code --mount} of type cache or tmpfs keeps {@code path} out of the layer. */
    boolean mountCovers(String path) {
        for (Mount mount : run.mounts()) {
            if (!mount.isCache() && !mount.type().equals("tmpfs")) {
                continue;
            }
            String target = trimSlashes(target(mount).orElse(""));
            if (!target.isEmpty() && (path.equals(target) || path.startsWith(target + "/"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a command of the RUN deletes the apt package lists ({@code rm -rf /var/lib/apt/lists/*}). */
    boolean removesAptLists() {
        for (SimpleCommand command : commands) {
            if (deletesAptLists(command)) {
                return true;
            }
        }
        return false;
    }

    private static boolean deletesAptLists(SimpleCommand command) {
        SimpleCommand c = command.effective();
        if (c.is("rm") && c.hasFlag("-r", "-R", "--recursive")) {
            return anyCoversAptLists(c.positionals(Set.of()));
        }
        if (c.is("find")) {
            for (Word w : c.arguments()) {
                if (w.is("-delete") || w.is("-exec")) {
                    return anyCoversAptLists(c.arguments());
                }
            }
        }
        return false;
    }

    private static boolean anyCoversAptLists(List<Word> words) {
        for (Word w : words) {
            if (coversAptLists(w)) {
                return true;
            }
        }
        return false;
    }

    // `/var/lib/apt/lists/*`, `/var/lib/apt/lists/`, `/var/lib/apt/*` and the like remove the lists.
    private static boolean coversAptLists(Word word) {
        String path = word.value();
        if (path.endsWith("*")) {
            path = path.substring(0, path.length() - 1);
        }
        path = trimSlashes(path);
        return !path.isEmpty() && (APT_LISTS.equals(path) || APT_LISTS.startsWith(path + "/"));
    }

    static String trimSlashes(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
