package dev.bulwark.dockerfile.syntax;

import java.util.List;

/** LABEL (spec 1.6): key/value pairs, raw. */
public record LabelInstruction(InstructionHeader header, List<KeyValue> pairs) implements Instruction {

    public LabelInstruction {
        pairs = List.copyOf(pairs);
    }
}
