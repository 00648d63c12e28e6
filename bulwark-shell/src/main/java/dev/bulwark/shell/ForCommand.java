package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/**
 * {@code for name [in words]; do body; done}.
 *
 * @param variable the loop variable
 * @param hasIn    whether an {@code in} list was written (without it the loop runs over {@code "$@"})
 * @param items    the words after {@code in}
 */
public record ForCommand(String variable, boolean hasIn, List<Word> items, CommandList body,
                         List<Redirection> redirections, TextRange range) implements Command {
    public ForCommand {
        items = List.copyOf(items);
        redirections = List.copyOf(redirections);
    }
}
