package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The JSON exec form (spec 1.6): decoded strings; {@code range} covers the array. */
public record ExecForm(List<Arg> args, TextRange range) implements CommandForm {

    public ExecForm {
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
