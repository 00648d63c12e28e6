package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.shell.SimpleCommand;
import java.util.function.Predicate;

/**
 * The shared shape of the "missing non-interactive switch" rules: in every stage (a prompt aborts
 * any build), a package command that asks for confirmation must carry its assume-yes switch or
 * read its answers from {@code yes |}.
 */
final class PackagePrompts {
    private PackagePrompts() {
    }

    static void check(DockerfileContext ctx, FindingSink sink, Predicate<PackageManagerCommand> prompts,
                      Predicate<PackageManagerCommand> assumesYes, String missing) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (PackageManagerCommand p : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                if (prompts.test(p) && !assumesYes.test(p) && !piped(p.command())) {
                    sink.report(p.range(), "`" + p.display() + "` without " + missing);
                }
            }
        }
    }

    private static boolean piped(SimpleCommand command) {
        return command.previousInPipeline().map(p -> p.effective().is("yes")).orElse(false);
    }
}
