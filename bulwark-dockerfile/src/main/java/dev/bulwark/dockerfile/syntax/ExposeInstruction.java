package dev.bulwark.dockerfile.syntax;

import java.util.List;

/** EXPOSE (spec 1.8): whitespace-separated words. */
public record ExposeInstruction(InstructionHeader header, List<Word> ports) implements Instruction {

    public ExposeInstruction {
        ports = List.copyOf(ports);
    }
}
