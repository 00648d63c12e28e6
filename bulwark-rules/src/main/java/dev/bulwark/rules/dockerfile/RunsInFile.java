package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import java.util.ArrayList;
import java.util.List;

/**
 * Every RUN of the file with its commands, all stages. Supply-chain questions are asked of every
 * stage: what a builder stage downloads ends up in the artifacts it hands to the final stage.
 */
final class RunsInFile {
    private RunsInFile() {
    }

    static List<RunCommands> of(DockerfileContext ctx) {
        List<RunCommands> out = new ArrayList<>();
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (instruction instanceof RunInstruction run) {
                out.add(RunCommands.of(ctx.model(), run));
            }
        }
        return out;
    }
}
