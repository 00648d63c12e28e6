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
import java.util.List;

/**
 * CMD or ENTRYPOINT in shell form under the default shell: {@code /bin/sh -c} becomes PID 1 and
 * does not forward SIGTERM to the program. Not reported when a SHELL is in effect, as BuildKit.
 */
@RuleInfo(code = "DF092", name = "shell-form-command", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "CMD or ENTRYPOINT uses shell form, so `/bin/sh` runs as PID 1 and swallows stop signals.",
        fix = "Use the JSON exec form: `CMD [\"python\", \"app.py\"]`.",
        aliases = {"DL3025", "JSONArgsRecommended"})
public final class ShellFormCommand implements DockerfileRule {
    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            for (Instruction i : stage.instructions()) {
                boolean shellForm = i instanceof CmdInstruction c && c.command() instanceof ShellForm
                        || i instanceof EntrypointInstruction e && e.command() instanceof ShellForm;
                // A broken JSON array is exec-form-fell-back-to-shell's finding.
                if (shellForm && stage.shellAt(i).equals(DEFAULT_SHELL) && !i.arguments().text().isBlank()
                        && !ExecFormFallback.attemptedJson(i.arguments().text())) {
                    sink.report(i.keywordRange(), "`" + i.keyword() + "` in shell form");
                }
            }
        }
    }
}
