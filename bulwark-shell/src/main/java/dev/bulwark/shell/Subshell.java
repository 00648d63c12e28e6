package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** {@code ( list )}. */
public record Subshell(CommandList body, List<Redirection> redirections, TextRange range) implements Command {
    public Subshell {
        redirections = List.copyOf(redirections);
    }
}
