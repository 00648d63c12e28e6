package dev.bulwark.dockerfile.syntax;


/** WORKDIR (spec 1.6): the whole rest of the line as one raw string (empty text if missing). */
public record WorkdirInstruction(InstructionHeader header, Word value) implements Instruction {
}
