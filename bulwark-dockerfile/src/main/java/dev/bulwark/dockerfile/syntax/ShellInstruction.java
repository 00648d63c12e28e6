package dev.bulwark.dockerfile.syntax;

import java.util.List;

/** SHELL (spec 1.6): JSON only; {@code args} is empty when it was not JSON (a problem). */
public record ShellInstruction(InstructionHeader header, List<Arg> args) implements Instruction {

    public ShellInstruction {
        args = List.copyOf(args);
    }

    public List<String> values() {
        return args.stream().map(Arg::value).toList();
    }
}
