package dev.bulwark.dockerfile.syntax;


/** USER (spec 1.6): the whole rest of the line as one raw string (empty text if missing). */
public record UserInstruction(InstructionHeader header, Word value) implements Instruction {
}
