package dev.bulwark.dockerfile.syntax;

import java.util.List;
import java.util.Optional;

/** ONBUILD (spec 1.6, 1.8): the trigger, parsed as an instruction of its own. */
public record OnbuildInstruction(InstructionHeader header, Optional<Instruction> trigger) implements Instruction {

    @Override
    public List<Heredoc> heredocs() {
        return trigger.isPresent() ? trigger.get().heredocs() : List.of();
    }
}
