package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** {@code while c; do b; done} or, when {@code until}, {@code until c; do b; done}. */
public record WhileCommand(boolean until, CommandList condition, CommandList body,
                           List<Redirection> redirections, TextRange range) implements Command {
    public WhileCommand {
        redirections = List.copyOf(redirections);
    }
}
