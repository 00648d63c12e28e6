package dev.bulwark.cli;

import java.util.List;
import java.util.Optional;

/**
 * What a command accepts and how its help reads. {@code name} is the whole command path
 * ({@code bulwark check}), as usage lines and the "Try ... --help" hint show it. A command with
 * subcommands stops reading its own options at the first word that is not one: that word names
 * the subcommand.
 */
record CommandSpec(
        String name,
        String description,
        List<OptionSpec> options,
        PositionalSpec positionals,
        List<CommandSpec> subcommands,
        List<String> footer) {

    CommandSpec {
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
        footer = List.copyOf(footer);
    }

    /** A command without subcommands or footer. */
    static CommandSpec of(String name, String description, PositionalSpec positionals, List<OptionSpec> options) {
        return new CommandSpec(name, description, options, positionals, List.of(), List.of());
    }

    /** The last word of the name: {@code check}. */
    String word() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    Optional<OptionSpec> option(String name) {
        for (OptionSpec option : options) {
            if (option.names().contains(name)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    Optional<CommandSpec> subcommand(String word) {
        for (CommandSpec subcommand : subcommands) {
            if (subcommand.word().equals(word)) {
                return Optional.of(subcommand);
            }
        }
        return Optional.empty();
    }
}
