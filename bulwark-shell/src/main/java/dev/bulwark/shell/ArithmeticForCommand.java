package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** Bash {@code for (( init; test; step )); do body; done}; {@code header} is the text inside. */
public record ArithmeticForCommand(String header, CommandList body, List<Redirection> redirections,
                                   TextRange range) implements Command {
    public ArithmeticForCommand {
        redirections = List.copyOf(redirections);
    }
}
