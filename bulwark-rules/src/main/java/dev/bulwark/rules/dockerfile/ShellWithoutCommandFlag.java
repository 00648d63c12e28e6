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
 * {@code -c} the shell reads the command as the name of a script file (spec 1.6), and with an
 * operand before it the shell runs that operand instead.
 */
@RuleInfo(code = "DF113", name = "shell-without-command-flag", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "SHELL does not take the RUN text as its command (no `-c`, `-Command` or `/C`), so it is run as a script path.",
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
                ok = readsCommandFromRunText(v);
            } else if (program.equals("powershell") || program.equals("pwsh")) {
                // `-Command` may be followed by a preamble the RUN text is appended to.
                ok = hasCommandFlag(v);
            } else if (program.equals("cmd")) {
                ok = last.equalsIgnoreCase("/c") || last.equalsIgnoreCase("/k");
            } else {
                continue;
            }
            if (!ok) {
                String why = !POSIX_SHELLS.contains(program) || !hasClusteredFlag(v, 'c')
                        ? "without " + (program.equals("cmd") ? "`/C`" : "`-c`") + " last"
                        : "runs its first operand, not the RUN text, which becomes `$0`";
                sink.report(shell.args().get(shell.args().size() - 1).range(), "`" + v.get(0) + "` " + why);
            }
        }
    }

    /**
     * Whether a POSIX shell takes the appended RUN text as its command string: {@code -c} is among
     * its options, which may be clustered ({@code -ec}, {@code -ceuxo pipefail}, where {@code o}
     * takes the next word), and no operand comes before the RUN text, which would be the command
     * and leave the RUN text as {@code $0}.
     */
    private static boolean readsCommandFromRunText(List<String> v) {
        boolean commandFlag = false;
        for (int i = 1; i < v.size(); i++) {
            String a = v.get(i);
            if (a.equals("--") || a.equals("-")) {
                return commandFlag && i == v.size() - 1;
            }
            if (a.startsWith("--")) {
                continue;
            }
            if (!(a.startsWith("-") || a.startsWith("+")) || a.length() < 2) {
                return false;
            }
            for (int k = 1; k < a.length(); k++) {
                char flag = a.charAt(k);
                commandFlag |= flag == 'c';
                // `-o pipefail`, `-O extglob`: the option's name is the next word.
                if ((flag == 'o' || flag == 'O') && k == a.length() - 1) {
                    i++;
                }
            }
        }
        return commandFlag;
    }

    private static boolean hasClusteredFlag(List<String> v, char flag) {
        for (int i = 1; i < v.size(); i++) {
            String a = v.get(i);
            if (a.startsWith("-") && !a.startsWith("--") && a.indexOf(flag) > 0) {
                return true;
            }
        }
        return false;
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
