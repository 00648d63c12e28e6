package dev.bulwark.dockerfile.syntax;

import java.util.List;

/** VOLUME (spec 1.8): JSON or whitespace-separated paths. */
public record VolumeInstruction(InstructionHeader header, List<Word> paths, boolean json) implements Instruction {

    public VolumeInstruction {
        paths = List.copyOf(paths);
    }
}
