package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** Bash {@code (( expression ))}; {@code parts} holds the expansions inside the expression. */
public record ArithmeticCommand(String expression, List<WordPart> parts, List<Redirection> redirections,
                                TextRange range) implements Command {
    public ArithmeticCommand {
        parts = List.copyOf(parts);
        redirections = List.copyOf(redirections);
    }
}
