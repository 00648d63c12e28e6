package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.ShellInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code SHELL ["/bin/bash"]}: Docker appends the RUN text as one more argument, so without
 * {@code -c} last the shell reads the command as the name of a script file (spec 1.6).
 */
@RuleInfo(code = "DF113", name = "shell-without-command-flag", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "SHELL does not end with `-c` (or `-Command`, `/C`), so RUN text is run as a script path.",
        fix = "End the SHELL array with the shell's command flag: `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`.")
public final class ShellWithoutCommandFlag implements DockerfileRule {
    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (!(i instanceof ShellInstruction shell) || shell.values().isEmpty()) {
                continue;
            }
            List<String> v = shell.values();
            String program = v.get(0).substring(Math.max(v.get(0).lastIndexOf('/'), v.get(0).lastIndexOf('\\')) + 1)
                    .toLowerCase(Locale.ROOT).replace(".exe", "");
            String last = v.size() > 1 ? v.get(v.size() - 1) : "";
            boolean ok;
            if (POSIX_SHELLS.contains(program)) {
                // `-c` may be clustered (`-ec`, `-cu`): the command string is then the next argument.
                ok = last.startsWith("-") && !last.startsWith("--") && last.indexOf('c') > 0;
            } else if (program.equals("powershell") || program.equals("pwsh")) {
                // `-Command` may be followed by a preamble the RUN text is appended to.
                ok = hasCommandFlag(v);
            } else if (program.equals("cmd")) {
                ok = last.equalsIgnoreCase("/c") || last.equalsIgnoreCase("/k");
            } else {
                continue;
            }
            if (!ok) {
                sink.report(shell.args().get(shell.args().size() - 1).range(),
                        "`" + v.get(0) + "` without " + (program.equals("cmd") ? "`/C`" : "`-c`") + " last");
            }
        }
    }

    private static boolean hasCommandFlag(List<String> powershellArgs) {
        for (String a : powershellArgs) {
            if (a.equalsIgnoreCase("-command") || a.equalsIgnoreCase("-c")) {
                return true;
            }
        }
        return false;
    }
}
