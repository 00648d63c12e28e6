package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.syntax.Directive;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.shell.AndOrList;
import dev.bulwark.shell.ChainOperator;
import dev.bulwark.shell.ShellScript;
import java.util.Optional;

/**
 * Where a command can be added to a shell-form RUN so that it runs last and only if everything
 * before it succeeded: after a script that is one {@code &&} chain. On a RUN written over several
 * lines the command goes on a line of its own, indented like the last one.
 */
final class RunChainEnd {
    private RunChainEnd() {
    }

    /** The edit appending {@code && command}; empty when the script is not one plain chain. */
    static Optional<TextEdit> append(DockerfileContext ctx, RunInstruction run, String command) {
        if (!(run.command() instanceof ShellForm) || !run.heredocs().isEmpty()) {
            return Optional.empty();
        }
        Optional<ShellScript> script = ctx.model().script(run);
        if (script.isEmpty() || script.get().hasProblems() || script.get().body().items().size() != 1) {
            return Optional.empty();
        }
        AndOrList chain = script.get().body().items().get(0);
        if (chain.background()) {
            return Optional.empty();
        }
        for (ChainOperator op : chain.operators()) {
            if (op != ChainOperator.AND) {
                return Optional.empty();
            }
        }
        String text = ctx.source().text();
        int end = chain.range().end();
        if (end > run.range().end() || end <= run.range().start()) {
            return Optional.empty();
        }
        if (run.startLine() == run.endLine()) {
            return Optional.of(TextEdit.insert(end, " && " + command));
        }
        Optional<Directive> escape = ctx.dockerfile().directive("escape");
        String continuation = escape.isPresent() ? escape.get().value() : "\\";
        return Optional.of(TextEdit.insert(end, " " + continuation + TextEdit.lineEnding(text)
                + FixTexts.indentation(text, end) + "&& " + command));
    }
}
