package dev.bulwark.dockerfile.syntax;


/** MAINTAINER (spec 1.6): the whole rest of the line as one raw string (empty text if missing). */
public record MaintainerInstruction(InstructionHeader header, Word value) implements Instruction {
}
