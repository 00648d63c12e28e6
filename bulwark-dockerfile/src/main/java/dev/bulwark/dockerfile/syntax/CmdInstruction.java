package dev.bulwark.dockerfile.syntax;


/** CMD (spec 1.6). */
public record CmdInstruction(InstructionHeader header, CommandForm command) implements Instruction {
}
