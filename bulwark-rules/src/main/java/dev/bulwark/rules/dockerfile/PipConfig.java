package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.shell.Assignment;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a Dockerfile configures pip: options on {@code pip install}, {@code PIP_*} variables (ENV,
 * {@code export}, command prefixes) and {@code pip config set}. Each setting is one
 * {@link Setting} named by pip's option name without dashes ({@code extra-index-url}).
 */
final class PipConfig {

    /** One configured pip option: its name, value, where it is written and how ({@code --extra-index-url}). */
    record Setting(String option, String value, TextRange range, String written, Instruction instruction) {
    }

    private PipConfig() {
    }

    /**
     * Every setting of the options {@code options} (without dashes) in the file, in file order:
     * command-line options of pip commands ({@code includeUv}: also {@code uv pip}), ENV and shell
     * assignments of {@code PIP_<OPTION>}, and {@code pip config set <scope>.<option>}.
     */
    static List<Setting> settings(DockerfileContext ctx, Set<String> options, boolean includeUv) {
        List<Setting> out = new ArrayList<>();
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (instruction instanceof EnvInstruction env) {
                for (KeyValue pair : env.pairs()) {
                    // The value as the builder sees it: quotes removed, variables expanded.
                    String value = ctx.model().expand(env, pair.value()).text();
                    Optional<String> option = envOption(pair.key(), options);
                    if (option.isPresent()) {
                        out.add(new Setting(option.get(), value, pair.range(), "ENV " + pair.key(), env));
                    }
                }
            } else if (instruction instanceof RunInstruction run) {
                for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                    addCommand(command, options, includeUv, run, out);
                }
            }
        }
        return out;
    }

    private static void addCommand(SimpleCommand command, Set<String> options, boolean includeUv, Instruction run,
                                   List<Setting> out) {
        // The effective view carries the command's own prefix assignments and those of `env`.
        List<Assignment> assignments = new ArrayList<>(command.effective().assignments());
        assignments.addAll(command.declarations());
        for (Assignment a : assignments) {
            Optional<String> option = envOption(a.name(), options);
            if (option.isPresent()) {
                out.add(new Setting(option.get(), a.value().value(), a.range(), a.name(), run));
            }
        }
        Optional<PipCommand> pip = PipCommand.of(command);
        if (pip.isPresent() && (includeUv || !pip.get().uv())) {
            for (String option : options) {
                for (Word w : pip.get().flagValues("--" + option)) {
                    out.add(new Setting(option, w.value(), w.range(), "--" + option, run));
                }
            }
            if (options.contains("index-url")) {
                for (Word w : pip.get().flagValues("-i")) {
                    out.add(new Setting("index-url", w.value(), w.range(), "-i", run));
                }
            }
            if (options.contains("find-links")) {
                for (Word w : pip.get().flagValues("-f")) {
                    out.add(new Setting("find-links", w.value(), w.range(), "-f", run));
                }
            }
            return;
        }
        // pip config [--global|--user|--site] set global.extra-index-url URL
        SimpleCommand c = command.effective();
        if (!ProgramNames.runsPip(c)) {
            return;
        }
        List<Word> args = c.positionals(Set.of("--editor"));
        if (args.size() >= 4 && args.get(0).is("config") && args.get(1).is("set")) {
            String key = args.get(2).value();
            String option = key.substring(key.indexOf('.') + 1);
            if (options.contains(option)) {
                out.add(new Setting(option, args.get(3).value(), args.get(2).range().cover(args.get(3).range()),
                        "pip config set " + key, run));
            }
        }
    }

    /** {@code PIP_EXTRA_INDEX_URL} gives {@code extra-index-url}, when that is one of {@code options}. */
    private static Optional<String> envOption(String name, Set<String> options) {
        if (!name.startsWith("PIP_") || name.length() <= 4) {
            return Optional.empty();
        }
        String option = name.substring(4).toLowerCase(Locale.ROOT).replace('_', '-');
        return options.contains(option) ? Optional.of(option) : Optional.empty();
    }
}
