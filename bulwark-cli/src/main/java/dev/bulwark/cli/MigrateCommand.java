package dev.bulwark.cli;

import dev.bulwark.core.SourceText;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigFiles;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.migrate.HadolintMigration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code bulwark migrate hadolint [FILE]}: writes the {@code .bulwark.yaml} equivalent to a hadolint
 * configuration and prints what has no equivalent. An existing file is replaced only with
 * {@code --force}; {@code -o -} prints the configuration instead.
 */
final class MigrateCommand implements Command {
    static final String STDOUT = "-";
    static final CommandSpec SPEC = CommandSpec.of("bulwark migrate",
            "Write the .bulwark.yaml equivalent to another tool's configuration (hadolint).",
            new PositionalSpec("hadolint [FILE]",
                    "The tool, then its configuration file (default: .hadolint.yaml, else .hadolint.yml).", 1, 2),
            StandardOptions.plus(
                    OptionSpec.value("FILE", new ValueType.Text(),
                            "Where to write (default: .bulwark.yaml; - prints it).", "-o", "--output"),
                    OptionSpec.flag("Replace an existing configuration file.", "--force")));
    private static final List<String> HADOLINT_FILES = List.of(".hadolint.yaml", ".hadolint.yml");

    private final Invocation invocation;
    private final List<String> positionals;
    private final String output;
    private final boolean force;

    MigrateCommand(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.positionals = args.positionals();
        this.output = args.value("--output").orElse(ConfigFiles.FILE_NAME);
        this.force = args.flag("--force");
    }

    @Override
    public int call() throws IOException {
        if (!positionals.get(0).equals("hadolint")) {
            return usageError("cannot migrate from `" + positionals.get(0) + "`: bulwark migrates hadolint's configuration");
        }
        Optional<Path> input = input();
        if (input.isEmpty()) {
            return usageError(positionals.size() > 1 ? positionals.get(1) + ": no such file"
                    : "no .hadolint.yaml or .hadolint.yml here; name the file: bulwark migrate hadolint FILE");
        }
        Path target = invocation.resolve(output);
        boolean toStdout = output.equals(STDOUT);
        if (!toStdout && Files.exists(target) && !force) {
            return usageError(output + " exists; --force replaces it (or -o FILE writes elsewhere)");
        }
        String shown = positionals.size() > 1 ? positionals.get(1) : String.valueOf(input.get().getFileName());
        RuleCatalog catalog = RuleCatalog.builtin();
        HadolintMigration.Result result;
        try {
            result = new HadolintMigration(catalog).migrate(
                    new SourceText(shown, Files.readString(input.get(), StandardCharsets.UTF_8)));
            // What is written must load: a migration that wrote a broken file would be a bug of ours.
            new ConfigLoader(catalog).parse(new SourceText(output, result.config()), invocation.cwd());
        } catch (ConfigException e) {
            return usageError(e.getMessage());
        }
        if (toStdout) {
            invocation.out().print(result.config());
        } else {
            Files.writeString(target, result.config(), StandardCharsets.UTF_8);
            invocation.out().println("Wrote " + output + " from " + shown + ".");
        }
        if (!result.unmapped().isEmpty()) {
            // With -o -, stdout is the configuration: the notes go to stderr.
            var notes = toStdout ? invocation.err() : invocation.out();
            notes.println("No equivalent in bulwark:");
            for (String line : result.unmapped()) {
                notes.println("  " + line);
            }
        }
        return ExitCodes.CLEAN;
    }

    private Optional<Path> input() {
        if (positionals.size() > 1) {
            Path file = invocation.resolve(positionals.get(1));
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        for (String name : HADOLINT_FILES) {
            Path file = invocation.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private int usageError(String message) {
        invocation.err().println("bulwark: " + message);
        return ExitCodes.USAGE;
    }
}
