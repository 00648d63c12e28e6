package dev.bulwark.dockerfile.syntax;

import java.util.List;

/** ARG (spec 1.6, 1.10): declarations. */
public record ArgInstruction(InstructionHeader header, List<ArgDeclaration> declarations) implements Instruction {

    public ArgInstruction {
        declarations = List.copyOf(declarations);
    }
}
