package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.ml.MlCommands;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * How the shipped image starts Jupyter: the arguments of the effective ENTRYPOINT and CMD when
 * one of them runs a notebook server, and the configuration lines ({@code c.ServerApp.token = ''})
 * that RUN commands of the image write (echo, printf, sed arguments).
 */
final class NotebookServers {
    // Traitlets classes that own the server's token, password and allow_root settings.
    private static final String CLASSES = "(?:NotebookApp|ServerApp|LabApp|IdentityProvider|PasswordIdentityProvider)";
    private static final Map<String, LazyPattern> OPTIONS = Map.of(
            "token", LazyPattern.of("--" + CLASSES + "\\.token"),
            "password", LazyPattern.of("--" + CLASSES + "\\.password"),
            "allow_root", LazyPattern.of("--" + CLASSES + "\\.allow_root"));
    private static final LazyPattern CONFIG_LINE = LazyPattern.of(
            "c\\." + CLASSES + "\\.(token|password|allow_root)\\s*=\\s*(''|\"\"|True|u''|u\"\")");

    /** One argument (or config line) and where it is written. */
    record Setting(String text, TextRange range) {
    }

    private NotebookServers() {
    }

    /** The CMD/ENTRYPOINT invocations of {@code stage}'s image, when one of them starts a notebook server. */
    static List<Invocations.Invocation> startedBy(DockerfileModel model, Stage stage) {
        StageChain chain = StageChain.of(stage);
        List<Invocations.Invocation> all = new ArrayList<>();
        for (Instruction start : chain.starts()) {
            all.addAll(Invocations.of(model, start));
        }
        for (Invocations.Invocation inv : all) {
            if (isNotebook(inv.argv())) {
                return all;
            }
        }
        return List.of();
    }

    static boolean isNotebook(List<String> argv) {
        return MlCommands.startsJupyter(argv);
    }

    /**
     * A {@code --Class.trait=value} (or {@code --Class.trait value}) option for one of the server
     * classes: its value, quotes removed as traitlets removes them, and where the option is
     * written; empty when absent. {@code trait} is {@code token}, {@code password} or {@code allow_root}.
     */
    static Optional<Setting> option(Invocations.Invocation inv, String trait) {
        LazyPattern name = OPTIONS.get(trait);
        List<String> argv = inv.argv();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg : arg.substring(0, eq);
            if (!name.matcher(key).matches()) {
                continue;
            }
            boolean separate = eq < 0 && i + 1 < argv.size();
            String value = eq >= 0 ? arg.substring(eq + 1) : separate ? argv.get(i + 1) : "";
            TextRange range = separate ? inv.argRange(i).cover(inv.argRange(i + 1)) : inv.argRange(i);
            return Optional.of(new Setting(unquote(value), range));
        }
        return Optional.empty();
    }

    /** {@code c.ServerApp.<trait> = <value>} lines written by RUN commands of {@code stage}'s image. */
    static List<Setting> configLines(DockerfileModel model, Stage stage, String trait) {
        List<Setting> out = new ArrayList<>();
        for (Instruction instruction : StageChain.of(stage).instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (SimpleCommand command : RunCommands.of(model, run).commands()) {
                SimpleCommand c = command.effective();
                if (!c.is("echo", "printf", "sed", "tee")) {
                    continue;
                }
                for (Word w : c.arguments()) {
                    // Every class name ends so: a word without one cannot match, and the pattern
                    // is compiled only for a word that may.
                    if (!w.value().contains("App.") && !w.value().contains("IdentityProvider.")) {
                        continue;
                    }
                    Matcher m = CONFIG_LINE.matcher(w.value());
                    while (m.find()) {
                        if (m.group(1).equals(trait)) {
                            out.add(new Setting(m.group(), command.range()));
                        }
                    }
                }
            }
        }
        return out;
    }

    // traitlets strips one pair of matching quotes from a command-line string value.
    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
