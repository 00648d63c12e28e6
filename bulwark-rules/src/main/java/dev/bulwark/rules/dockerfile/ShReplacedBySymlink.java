package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Set;

/** {@code ln -sf /bin/bash /bin/sh}: replacing the system shell to change the RUN shell, which SHELL does. */
@RuleInfo(code = "DF118", name = "sh-replaced-by-symlink", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A RUN replaces `/bin/sh` with a symlink to change the shell, instead of using SHELL.",
        fix = "Use `SHELL [\"/bin/bash\", \"-c\"]` and leave `/bin/sh` alone.",
        aliases = {"DL4005"})
public final class ShReplacedBySymlink implements DockerfileRule {
    private static final Set<String> LN_VALUES = Set.of("-S", "--suffix", "-t", "--target-directory");
    private static final Set<String> SYSTEM_SHELLS = Set.of("/bin/sh", "/usr/bin/sh");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (!(i instanceof RunInstruction run)) {
                continue;
            }
            for (SimpleCommand c : RunCommands.of(ctx.model(), run).commands()) {
                SimpleCommand ln = c.effective();
                if (!ln.is("ln") || !ln.hasFlag(LN_VALUES, "-s", "--symbolic")) {
                    continue;
                }
                List<Word> p = ln.positionals(LN_VALUES);
                if (p.size() == 2 && SYSTEM_SHELLS.contains(p.get(1).literal().orElse(""))) {
                    sink.report(ln.range(), "`/bin/sh` replaced by a symlink");
                }
            }
        }
    }
}
