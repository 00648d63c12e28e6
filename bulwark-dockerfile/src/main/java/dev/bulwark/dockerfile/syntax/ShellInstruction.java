package dev.bulwark.dockerfile.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** SHELL (spec 1.6): JSON only; {@code args} is empty when it was not JSON (a problem). */
public record ShellInstruction(InstructionHeader header, List<Arg> args) implements Instruction {

    public ShellInstruction {
        args = List.copyOf(args);
    }

    public List<String> values() {
        List<String> values = new ArrayList<>(args.size());
        for (Arg arg : args) {
            values.add(arg.value());
        }
        return Collections.unmodifiableList(values);
    }
}
