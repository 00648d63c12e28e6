package dev.bulwark.dockerfile.syntax;

import java.util.List;

/** ENV (spec 1.6): key/value pairs, raw. */
public record EnvInstruction(InstructionHeader header, List<KeyValue> pairs) implements Instruction {

    public EnvInstruction {
        pairs = List.copyOf(pairs);
    }
}
