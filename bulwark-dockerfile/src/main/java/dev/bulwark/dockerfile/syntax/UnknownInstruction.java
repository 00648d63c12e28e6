package dev.bulwark.dockerfile.syntax;


/** An instruction whose keyword BuildKit does not know (rejected in layer 2, spec 1.6). */
public record UnknownInstruction(InstructionHeader header) implements Instruction {
}
