package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** <code>{ list; }</code>. */
public record BraceGroup(CommandList body, List<Redirection> redirections, TextRange range) implements Command {
    public BraceGroup {
        redirections = List.copyOf(redirections);
    }
}
