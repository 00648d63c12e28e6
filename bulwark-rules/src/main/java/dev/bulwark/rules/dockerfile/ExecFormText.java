package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.shell.AndOrList;
import dev.bulwark.shell.Pipeline;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Optional;

/**
 * The exec form of a shell-form command that uses no shell feature: one simple command on one
 * line, without variables, globs, quotes that hide them, redirections, assignments, operators or
 * a trailing comment. {@code range} is the written command, {@code json} the array that replaces it.
 */
record ExecFormText(TextRange range, String json) {
    // Characters that mean something to sh outside quotes even inside one word.
    private static final String SHELL_CHARACTERS = "*?[]{}~$`\\#";

    static Optional<ExecFormText> of(DockerfileContext ctx, Instruction instruction) {
        Optional<ShellScript> script = ctx.model().script(instruction);
        if (script.isEmpty() || script.get().hasProblems() || script.get().commands().size() != 1
                || script.get().body().items().size() != 1) {
            return Optional.empty();
        }
        AndOrList list = script.get().body().items().get(0);
        if (list.background() || list.pipelines().size() != 1) {
            return Optional.empty();
        }
        Pipeline pipeline = list.pipelines().get(0);
        if (pipeline.negated() || pipeline.commands().size() != 1
                || !(pipeline.commands().get(0) instanceof SimpleCommand command)) {
            return Optional.empty();
        }
        if (!command.redirections().isEmpty() || !command.assignments().isEmpty() || command.words().isEmpty()) {
            return Optional.empty();
        }
        String text = ctx.source().text();
        List<Word> words = command.words();
        TextRange range = words.get(0).range().cover(words.get(words.size() - 1).range());
        // Only blanks after the command: anything else (a comment) would end up after the array.
        String rest = text.substring(range.end(), instruction.range().end());
        if (!rest.isBlank() || range.textOf(text).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        StringBuilder json = new StringBuilder("[");
        for (Word w : words) {
            if (w.hasExpansion() || hasShellCharacter(w.raw()) || hasControlCharacter(w.value())) {
                return Optional.empty();
            }
            json.append(json.length() == 1 ? "" : ", ").append(jsonString(w.value()));
        }
        return Optional.of(new ExecFormText(range, json.append(']').toString()));
    }

    private static boolean hasShellCharacter(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            if (SHELL_CHARACTERS.indexOf(raw.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasControlCharacter(String value) {
        for (int k = 0; k < value.length(); k++) {
            if (value.charAt(k) < 0x20) {
                return true;
            }
        }
        return false;
    }

    /** A JSON string; the value has no control characters. */
    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
