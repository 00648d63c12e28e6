package dev.bulwark.dockerfile.model;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.Splits;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.CommandForm;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Heredoc;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.shell.ShellKind;
import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed shell scripts of a model, each computed on first request and kept. Racing threads
 * may both parse; the first result stored wins, so every caller sees the same script.
 */
final class Scripts {
    private final DockerfileModel model;
    private final Map<Instruction, Integer> slots = new IdentityHashMap<>();
    private final SlotCache<Optional<ShellScript>> scripts;
    private final SlotCache<List<ShellScript>> heredocScripts;
    private final SlotCache<List<SimpleCommand>> runCommands;

    Scripts(DockerfileModel model, Collection<Instruction> instructions) {
        this.model = model;
        for (Instruction i : instructions) {
            slots.putIfAbsent(i, slots.size());
        }
        this.scripts = new SlotCache<>(slots.size());
        this.heredocScripts = new SlotCache<>(slots.size());
        this.runCommands = new SlotCache<>(slots.size());
    }

    Optional<ShellScript> script(Instruction instruction) {
        if (instruction instanceof OnbuildInstruction onbuild) {
            return onbuild.trigger().isPresent() ? script(onbuild.trigger().get()) : Optional.empty();
        }
        Integer slot = slots.get(instruction);
        if (slot == null) {
            return Optional.empty();
        }
        Optional<ShellScript> cached = scripts.get(slot);
        if (cached == null) {
            cached = scripts.putIfAbsent(slot, computeScript(instruction));
        }
        return cached;
    }

    List<ShellScript> heredocScripts(RunInstruction run) {
        Integer slot = slots.get(run);
        if (slot == null) {
            return List.of();
        }
        List<ShellScript> cached = heredocScripts.get(slot);
        if (cached == null) {
            cached = heredocScripts.putIfAbsent(slot, computeHeredocScripts(run));
        }
        return cached;
    }

    List<SimpleCommand> runCommands(RunInstruction run) {
        Integer slot = slots.get(run);
        if (slot == null) {
            return List.of();
        }
        List<SimpleCommand> cached = runCommands.get(slot);
        if (cached == null) {
            cached = runCommands.putIfAbsent(slot, computeRunCommands(run));
        }
        return cached;
    }

    private List<SimpleCommand> computeRunCommands(RunInstruction run) {
        List<ShellScript> all = new ArrayList<>();
        Optional<ShellScript> lineScript = script(run);
        if (lineScript.isPresent()) {
            all.add(lineScript.get());
        }
        all.addAll(heredocScripts(run));
        // `RUN <<EOF` alone is both the script and a heredoc script: keep each command once. The
        // range is keyed as one long: cheaper to hash than the record.
        Set<Long> seen = new HashSet<>();
        List<SimpleCommand> commands = new ArrayList<>();
        for (ShellScript script : all) {
            for (SimpleCommand c : script.commands()) {
                if (seen.add(((long) c.range().start() << 32) | c.range().end())) {
                    commands.add(c);
                }
            }
        }
        return List.copyOf(commands);
    }

    private Optional<ShellScript> computeScript(Instruction instruction) {
        if (!posixShellAt(instruction)) {
            return Optional.empty();
        }
        if (instruction instanceof RunInstruction run && run.command() instanceof ShellForm form) {
            if (run.heredocs().isEmpty()) {
                return Optional.of(ShellParser.parse(form.text()));
            }
            if (restOfLine(form.text(), run.heredocs()).isEmpty() && run.heredocs().size() == 1) {
                return scriptOfBody(run.heredocs().get(0));
            }
            return Optional.of(ShellParser.parse(withBodies(form.text(), run.heredocs())));
        }
        Optional<MappedText> text = shellText(instruction);
        return text.isPresent() ? Optional.of(ShellParser.parse(text.get())) : Optional.empty();
    }

    private List<ShellScript> computeHeredocScripts(RunInstruction run) {
        if (!(run.command() instanceof ShellForm form) || run.heredocs().size() != 1 || !posixShellAt(run)) {
            return List.of();
        }
        Heredoc heredoc = run.heredocs().get(0);
        String rest = restOfLine(form.text(), run.heredocs());
        if (rest.isEmpty()) {
            Optional<ShellScript> body = scriptOfBody(heredoc);
            return body.isPresent() ? List.of(body.get()) : List.of();
        }
        // spec 1.7: `RUN <<EOF bash` hands the body to the named shell on standard input
        boolean plainWords = !containsAnyOf(rest, "|&;<>()$`\"'\\");
        if (plainWords && ShellKind.of(Arrays.asList(Splits.onWhitespace(rest))).isPosix()) {
            return List.of(ShellParser.parse(heredoc.body()));
        }
        return List.of();
    }

    private static boolean containsAnyOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * spec 1.7: a sole {@code RUN <<EOF} runs its body; a body starting with {@code #!} is
     * executed directly, so it is a shell script only when the interpreter is a POSIX shell.
     */
    private static Optional<ShellScript> scriptOfBody(Heredoc heredoc) {
        String body = heredoc.body().text();
        if (body.startsWith("#!")) {
            int eol = body.indexOf('\n');
            String line = body.substring(2, eol < 0 ? body.length() : eol).trim();
            if (line.isEmpty() || !ShellKind.of(Arrays.asList(Splits.onWhitespace(line))).isPosix()) {
                return Optional.empty();
            }
        }
        return Optional.of(ShellParser.parse(heredoc.body()));
    }

    private boolean posixShellAt(Instruction instruction) {
        Optional<Stage> stage = model.stageOf(instruction);
        return stage.isPresent() && ShellKind.of(stage.get().shellAt(instruction)).isPosix();
    }

    private static Optional<MappedText> shellText(Instruction instruction) {
        CommandForm form = null;
        if (instruction instanceof CmdInstruction cmd) {
            form = cmd.command();
        } else if (instruction instanceof EntrypointInstruction entrypoint) {
            form = entrypoint.command();
        } else if (instruction instanceof HealthcheckInstruction healthcheck && !healthcheck.isNone()) {
            form = healthcheck.command().orElse(null);
        }
        return form instanceof ShellForm shell ? Optional.of(shell.text()) : Optional.empty();
    }

    /** The command line without its heredoc markers, trimmed. */
    private static String restOfLine(MappedText line, List<Heredoc> heredocs) {
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            if (!inMarker(line.toSource(i), heredocs)) {
                rest.append(line.text().charAt(i));
            }
        }
        return rest.toString().trim();
    }

    private static boolean inMarker(int sourceOffset, List<Heredoc> heredocs) {
        for (Heredoc h : heredocs) {
            if (h.markerRange().contains(sourceOffset)) {
                return true;
            }
        }
        return false;
    }

    /** spec 1.7: the line plus bodies and terminators, as BuildKit hands them to the shell. */
    private MappedText withBodies(MappedText line, List<Heredoc> heredocs) {
        MappedText.Builder b = MappedText.builder();
        appendMapped(b, line);
        int lineEnd = line.toSource(line.length());
        b.appendSynthetic("\n", lineEnd);
        String source = model.file().source().text();
        for (Heredoc h : heredocs) {
            appendMapped(b, h.body());
            TextRange terminator = h.terminatorRange();
            b.appendRun(terminator.textOf(source), terminator.start());
            b.appendSynthetic("\n", terminator.end());
        }
        return b.build();
    }

    /**
     * Appends {@code text} keeping its map: one run per stretch of characters at consecutive
     * source offsets, which the builder would merge anyway had they come one by one.
     */
    private static void appendMapped(MappedText.Builder b, MappedText text) {
        String s = text.text();
        int i = 0;
        while (i < s.length()) {
            int source = text.toSource(i);
            int j = i + 1;
            while (j < s.length() && text.toSource(j) == source + (j - i)) {
                j++;
            }
            b.appendRun(s.substring(i, j), source);
            i = j;
        }
    }
}
