package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * A RUN command run through {@code sudo}, in any stage (hadolint DL3004). RUN already runs as the
 * stage's USER; {@code sudo} needs a sudoers entry and a TTY policy that differ between images.
 */
@RuleInfo(code = "DF050", name = "sudo-in-run", practice = Practice.NON_ROOT_USER,
        severity = Severity.WARNING,
        summary = "A RUN command uses `sudo`.",
        fix = "Switch with `USER root` for the steps that need root and back to the app user after; use `gosu` at runtime.",
        aliases = {"DL3004"})
public final class SudoInRun implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            // One finding per RUN, at the first sudo, as hadolint reports it.
            List<SimpleCommand> sudos = new ArrayList<>();
            for (SimpleCommand c : RunCommands.of(ctx.model(), run).commands()) {
                if (c.is("sudo")) {
                    sudos.add(c);
                }
            }
            if (!sudos.isEmpty()) {
                SimpleCommand first = sudos.get(0);
                SimpleCommand inner = first.effective();
                String what = inner == first ? "`sudo`" : "`sudo " + inner.baseName().orElse("…") + "`";
                String more = sudos.size() > 1 ? " (and " + (sudos.size() - 1) + " more)" : "";
                sink.report(first.nameRange(), what + " in RUN" + more);
            }
        }
    }
}
