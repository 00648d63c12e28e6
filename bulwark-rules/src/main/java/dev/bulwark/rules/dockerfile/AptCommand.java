package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.Optional;
import java.util.Set;

/** An {@code apt-get} or {@code apt} invocation (behind sudo, env, …) and its subcommand. */
record AptCommand(SimpleCommand command, SimpleCommand effective, String program, String subcommand,
                  TextRange range) {
    // apt-get(8): options that take a value, so their value is not read as the subcommand.
    static final Set<String> VALUE_OPTIONS = Set.of("-o", "--option", "-c", "--config-file", "-t",
            "--target-release", "--default-release", "-a", "--host-architecture");
    // Subcommands that change packages and therefore ask for confirmation. `autoremove` is left
    // out: in a fresh build it usually has nothing to remove and then does not ask.
    static final Set<String> CHANGING = Set.of("install", "reinstall", "build-dep", "upgrade", "dist-upgrade",
            "full-upgrade", "remove", "purge");
    // Subcommands that use the package lists `update` fetched.
    static final Set<String> USING_LISTS = Set.of("install", "reinstall", "build-dep", "upgrade", "dist-upgrade",
            "full-upgrade", "source", "download");

    static Optional<AptCommand> of(SimpleCommand command) {
        SimpleCommand effective = command.effective();
        if (!effective.is("apt-get", "apt")) {
            return Optional.empty();
        }
        Optional<Word> sub = effective.subcommand(VALUE_OPTIONS);
        if (sub.isEmpty() || sub.get().literal().isEmpty()) {
            return Optional.empty();
        }
        TextRange range = effective.nameRange().cover(sub.get().range());
        return Optional.of(new AptCommand(command, effective, effective.baseName().orElse("apt-get"),
                sub.get().literal().get(), range));
    }

    boolean is(String subcommandName) {
        return subcommand.equals(subcommandName);
    }

    /** {@code apt-get install} as written in messages. */
    String display() {
        return program + " " + subcommand;
    }

    /** The values of {@code -o Key=value} options whose key is {@code key} (case-insensitive). */
    Optional<String> option(String key) {
        for (Word w : effective.flagValues(VALUE_OPTIONS, "-o", "--option")) {
            String v = w.value();
            int eq = v.indexOf('=');
            if (eq > 0 && v.substring(0, eq).equalsIgnoreCase(key)) {
                return Optional.of(v.substring(eq + 1));
            }
        }
        return Optional.empty();
    }
}
