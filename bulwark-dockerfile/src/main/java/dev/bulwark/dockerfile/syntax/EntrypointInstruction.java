package dev.bulwark.dockerfile.syntax;


/** ENTRYPOINT (spec 1.6). */
public record EntrypointInstruction(InstructionHeader header, CommandForm command) implements Instruction {
}
