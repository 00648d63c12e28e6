package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import java.util.Set;

/**
 * hadolint DL3001: a RUN calls a command that makes no sense while building an image (an
 * interactive editor or monitor, process and service control, ssh, mount, shutdown). hadolint's
 * exact list, in any stage, as it checks it.
 */
@RuleInfo(code = "DF062", name = "pointless-command-in-run", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "A RUN calls `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill` or `mount`.",
        fix = "Remove the command: services do not survive the RUN, and interactive tools have no terminal during a build.",
        aliases = {"DL3001"})
public final class PointlessCommandInRun implements DockerfileRule {
    // hadolint's list (its message also names `ifconfig`, which the check itself does not include).
    private static final Set<String> COMMANDS = Set.of("free", "kill", "mount", "ps", "service", "shutdown", "ssh",
            "top", "vim");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                if (command.name().isPresent() && COMMANDS.contains(command.name().get())) {
                    sink.report(command.nameRange(), "`" + command.name().get() + "` in RUN");
                }
            }
        }
    }
}
