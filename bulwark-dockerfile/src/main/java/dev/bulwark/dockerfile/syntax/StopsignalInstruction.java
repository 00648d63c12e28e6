package dev.bulwark.dockerfile.syntax;


/** STOPSIGNAL (spec 1.6): the whole rest of the line as one raw string (empty text if missing). */
public record StopsignalInstruction(InstructionHeader header, Word value) implements Instruction {
}
