package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.CommandForm;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * An exec form that is not valid JSON ({@code CMD ['python', 'app.py']}, a missing comma or
 * bracket): Docker silently runs the whole text, brackets included, as a shell command (spec 1.6).
 * A shell test such as {@code RUN [ "$A" = 1 ] && …} is not an attempted exec form and is not reported.
 */
@RuleInfo(code = "DF107", name = "exec-form-fell-back-to-shell", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "An exec-form array is not valid JSON, so Docker runs it as a shell command, brackets and all.",
        fix = "Write valid JSON: double quotes, commas between elements, a closing `]`.")
public final class ExecFormFallback implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            Optional<CommandForm> form = i instanceof RunInstruction r ? Optional.of(r.command())
                    : i instanceof CmdInstruction c ? Optional.of(c.command())
                    : i instanceof EntrypointInstruction e ? Optional.of(e.command())
                    : i instanceof HealthcheckInstruction h ? h.command() : Optional.empty();
            if (form.isPresent() && form.get() instanceof ShellForm shell && attemptedJson(shell.text().text())) {
                MappedText text = shell.text();
                sink.report(text.toSource(0, text.length()), "`" + i.keyword() + "` array is not valid JSON");
            }
        }
    }

    /** Whether a shell-form text is a failed attempt at the JSON exec form. */
    static boolean attemptedJson(String raw) {
        String t = raw.strip();
        if (t.length() < 2 || t.charAt(0) != '[') {
            return false;
        }
        char second = t.charAt(1);
        if (second == '"' || second == '\'') {
            return true;
        }
        String rest = t.substring(1).stripLeading();
        boolean quoted = rest.startsWith("\"") || rest.startsWith("'");
        return quoted && (rest.contains("\",") || rest.contains("',") || rest.contains("'\"")) && t.endsWith("]");
    }
}
