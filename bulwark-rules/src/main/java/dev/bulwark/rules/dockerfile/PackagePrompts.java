package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.shell.SimpleCommand;
import java.util.Optional;

/**
 * The shared shape of the "missing non-interactive switch" rules: in every stage (a prompt aborts
 * any build), a package command that asks for confirmation must carry its assume-yes switch or
 * read its answers from {@code yes |}.
 */
final class PackagePrompts {
    private PackagePrompts() {
    }

    /** What a rule of this shape decides about its package manager; the rule implements it. */
    interface PromptRule {
        /** Whether {@code command} asks for confirmation unless told otherwise. */
        boolean prompts(PackageManagerCommand command);

        /** Whether {@code command} carries the switch that answers yes. */
        boolean assumesYes(PackageManagerCommand command);
    }

    static void check(DockerfileContext ctx, FindingSink sink, PromptRule rule, String missing) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (PackageManagerCommand p : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                if (rule.prompts(p) && !rule.assumesYes(p) && !piped(p.command())) {
                    sink.report(p.range(), "`" + p.display() + "` without " + missing);
                }
            }
        }
    }

    private static boolean piped(SimpleCommand command) {
        Optional<SimpleCommand> previous = command.previousInPipeline();
        return previous.isPresent() && previous.get().effective().is("yes");
    }
}
