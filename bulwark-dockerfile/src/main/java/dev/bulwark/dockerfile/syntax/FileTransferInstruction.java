package dev.bulwark.dockerfile.syntax;

import java.util.List;
import java.util.Optional;

/**
 * COPY and ADD: both put sources (context paths, heredocs, for ADD also URLs and Git refs) at a
 * destination in the image (spec 1.8), so rules about what lands in the image treat them alike.
 */
public sealed interface FileTransferInstruction extends Instruction permits CopyInstruction, AddInstruction {

    /** The source words as written, heredoc markers excluded. */
    List<Word> sources();

    /** The destination word; empty when the instruction has fewer than two arguments. */
    Optional<Word> destination();

    List<Heredoc> heredocs();

    /** True for the JSON (exec-like) form. */
    boolean json();
}
