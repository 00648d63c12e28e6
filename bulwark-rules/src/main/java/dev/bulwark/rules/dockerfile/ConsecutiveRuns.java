package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A RUN directly after another RUN (comments between them do not count) with the same flags, when
 * both are short (at most two commands each): hadolint DL3059's semantics. Long RUNs split on
 * purpose and RUNs with different mounts or network/security modes are left alone, and so is a
 * pair where one RUN only prints ({@code echo}, {@code printf}, {@code true}, {@code :}, no
 * redirection): it changes no file, so its layer is empty and merging gains nothing.
 */
@RuleInfo(code = "DF043", name = "consecutive-runs", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO,
        summary = "Consecutive short RUN instructions with the same flags could be one layer.",
        fix = "Join the commands with `&&` in one RUN.",
        aliases = {"DL3059"})
public final class ConsecutiveRuns implements DockerfileRule {
    private static final int SHORT = 2;

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        ShippedImage image = ShippedImage.of(ctx.model());
        for (Stage stage : ctx.model().stages()) {
            // A stage that only feeds others ships none of its layers.
            if (image.ships(stage)) {
                check(ctx, stage, sink);
            }
        }
    }

    private static void check(DockerfileContext ctx, Stage stage, FindingSink sink) {
        RunInstruction previous = null;
        int previousCount = 0;
        boolean previousLogOnly = false;
        for (Instruction instruction : stage.instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                previous = null;
                continue;
            }
            List<SimpleCommand> commands = RunCommands.of(ctx.model(), run).commands();
            int count = commands.size();
            boolean logOnly = logOnly(commands);
            if (previous != null && flags(previous).equals(flags(run)) && count <= SHORT && previousCount <= SHORT
                    && !logOnly && !previousLogOnly) {
                sink.report(run.keywordRange(), "RUN directly after the RUN at line " + previous.startLine());
            }
            previous = run;
            previousCount = count;
            previousLogOnly = logOnly;
        }
    }

    private static boolean logOnly(List<SimpleCommand> commands) {
        if (commands.isEmpty()) {
            return false;
        }
        for (SimpleCommand c : commands) {
            if (!c.is("echo", "printf", "true", ":") || !c.redirections().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> flags(RunInstruction run) {
        Set<String> out = new HashSet<>();
        List<Flag> flags = run.flags();
        for (Flag f : flags) {
            out.add(f.name() + "=" + f.valueOrEmpty());
        }
        return out;
    }
}
