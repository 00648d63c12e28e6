package dev.bulwark.dockerfile.syntax;

import java.util.List;
import java.util.Optional;

/** RUN (spec 1.6-1.8): command, heredocs and parsed {@code --mount} flags. */
public record RunInstruction(InstructionHeader header, CommandForm command, List<Heredoc> heredocs, List<Mount> mounts) implements Instruction {

    public RunInstruction {
        heredocs = List.copyOf(heredocs);
        mounts = List.copyOf(mounts);
    }

    /** {@code --network} value, if given. */
    public Optional<String> network() {
        return flagValue("network");
    }

    /** {@code --security} value, if given. */
    public Optional<String> security() {
        return flagValue("security");
    }

    private Optional<String> flagValue(String name) {
        Optional<Flag> flag = flag(name);
        return flag.isPresent() ? flag.get().value() : Optional.empty();
    }
}
