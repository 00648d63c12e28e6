package dev.bulwark.dockerfile.syntax;

import java.util.List;
import java.util.Optional;

/** COPY (spec 1.8): sources, destination, heredoc sources. {@code json} is the JSON form (then word texts are decoded strings); {@code sources} excludes heredoc markers. */
public record CopyInstruction(InstructionHeader header, List<Word> sources, Optional<Word> destination, List<Heredoc> heredocs, boolean json) implements FileTransferInstruction {

    public CopyInstruction {
        sources = List.copyOf(sources);
        heredocs = List.copyOf(heredocs);
    }
}
