package dev.bulwark.rules.dockerfile;

import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code conda}, {@code mamba} and {@code micromamba} as the rules read them: which word is which. */
final class CondaInstall {
    static final Set<String> TOOLS = Set.of("conda", "mamba", "micromamba");
    /** Options that take a value, so that it is not read as a package or a subcommand. */
    static final Set<String> VALUE_OPTIONS = Set.of("-n", "--name", "-p", "--prefix", "-c", "--channel", "-f",
            "--file", "--override-channels", "-r", "--root-prefix", "--repodata-fn", "--platform", "--subdir");
    static final Set<String> INSTALLING = Set.of("install", "create", "update", "upgrade");

    private CondaInstall() {
    }

    static boolean isCondaTool(SimpleCommand c) {
        Optional<String> program = c.baseName();
        return program.isPresent() && TOOLS.contains(program.get());
    }

    /** The package specs of {@code conda install} or {@code create} ({@code pytorch==2.1.2}); empty for any other command. */
    static List<Word> installedSpecs(SimpleCommand command) {
        SimpleCommand c = command.effective();
        if (!isCondaTool(c)) {
            return List.of();
        }
        List<Word> p = c.positionals(VALUE_OPTIONS);
        if (p.isEmpty() || !(p.get(0).is("install") || p.get(0).is("create"))) {
            return List.of();
        }
        return p.subList(1, p.size());
    }
}
