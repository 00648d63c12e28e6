package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CMD or ENTRYPOINT in shell form under the default shell: {@code /bin/sh -c} becomes PID 1 and
 * does not forward SIGTERM to the program. Not reported when a SHELL is in effect, as BuildKit,
 * when the script ends in {@code exec}, nor for a bare interactive shell.
 */
@RuleInfo(code = "DF092", name = "shell-form-command", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "CMD or ENTRYPOINT uses shell form, so `/bin/sh` runs as PID 1 and swallows stop signals.",
        fix = "Use the JSON exec form: `CMD [\"python\", \"app.py\"]`.",
        aliases = {"DL3025", "JSONArgsRecommended"})
public final class ShellFormCommand implements DockerfileRule {
    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");
    private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "ash", "dash", "ksh", "fish");
    private static final Set<String> SHELL_FLAGS = Set.of("-i", "-l", "--login", "--norc", "--noprofile");

    // The script's last command is `exec …` (the fix this rule gives: the program replaces sh as
    // PID 1), or the whole script is a bare interactive shell, which starts no service to stop.
    private static boolean signalsHandled(DockerfileContext ctx, Instruction instruction) {
        Optional<ShellScript> script = ctx.model().script(instruction);
        if (script.isEmpty() || script.get().hasProblems()) {
            return false;
        }
        List<SimpleCommand> top = new ArrayList<>();
        for (SimpleCommand c : script.get().commands()) {
            if (!c.insideSubstitution()) {
                top.add(c);
            }
        }
        if (top.isEmpty()) {
            return false;
        }
        SimpleCommand last = top.get(top.size() - 1);
        if (last.is("exec") && !last.arguments().isEmpty() && last.pipeline() != null
                && last.pipeline().commands().size() == 1) {
            return true;
        }
        return top.size() == 1 && last.redirections().isEmpty() && SHELLS.contains(last.baseName().orElse(""))
                && onlyShellFlags(last.arguments());
    }

    private static boolean onlyShellFlags(List<Word> args) {
        for (Word w : args) {
            if (!SHELL_FLAGS.contains(w.value())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            for (Instruction i : stage.instructions()) {
                boolean shellForm = i instanceof CmdInstruction c && c.command() instanceof ShellForm
                        || i instanceof EntrypointInstruction e && e.command() instanceof ShellForm;
                // A broken JSON array is exec-form-fell-back-to-shell's finding.
                if (shellForm && stage.shellAt(i).equals(DEFAULT_SHELL) && !i.arguments().text().isBlank()
                        && !ExecFormFallback.attemptedJson(i.arguments().text()) && !signalsHandled(ctx, i)) {
                    sink.report(i.keywordRange(), "`" + i.keyword() + "` in shell form");
                }
            }
        }
    }
}
