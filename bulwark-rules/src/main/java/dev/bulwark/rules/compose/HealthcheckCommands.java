package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.HealthTestForm;
import dev.bulwark.compose.Healthcheck;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programs a healthcheck test runs, each with the span of its name: the program of a
 * {@code CMD} test, the commands of a {@code CMD-SHELL} script (parsed as sh does, wrappers such
 * as {@code timeout} removed), and the script of a {@code CMD} test that is {@code sh -c script}.
 */
public final class HealthcheckCommands {

    /** A program the test runs and where its name is written. */
    public record Program(String name, Span span) {
    }

    private HealthcheckCommands() {
    }

    public static List<Program> of(Healthcheck h) {
        List<Program> out = new ArrayList<>();
        List<ComposeScalar> args = h.testArguments();
        if (args.isEmpty()) {
            return out;
        }
        if (h.form() == HealthTestForm.CMD_SHELL) {
            for (ComposeScalar script : args) {
                addScript(script, out);
            }
        } else if (h.form() == HealthTestForm.CMD) {
            ComposeScalar program = args.get(0);
            String name = baseName(program.value());
            if ((name.equals("sh") || name.equals("bash") || name.equals("ash")) && args.size() >= 3
                    && args.get(1).value().equals("-c")) {
                addScript(args.get(2), out);
            } else if (!program.isUnresolved()) {
                out.add(new Program(name, program.span()));
            }
        }
        return out;
    }

    private static void addScript(ComposeScalar script, List<Program> out) {
        if (script.isUnresolved()) {
            return;
        }
        for (SimpleCommand command : ShellParser.parse(script.value()).commands()) {
            SimpleCommand effective = command.effective();
            Optional<String> name = effective.baseName();
            Optional<Word> word = effective.nameWord();
            if (name.isPresent() && word.isPresent()) {
                TextRange r = word.get().range();
                out.add(new Program(name.get(), script.subSpan(r.start(), r.end())));
            }
        }
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
