package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/**
 * {@code if c; then b; elif c2; then b2; else e; fi}.
 *
 * @param branches the {@code if} branch then every {@code elif} branch
 * @param elseBody the {@code else} list, empty when there is none
 */
public record IfCommand(List<Branch> branches, CommandList elseBody, List<Redirection> redirections,
                        TextRange range) implements Command {
    public IfCommand {
        branches = List.copyOf(branches);
        redirections = List.copyOf(redirections);
    }

    /** A condition and the list run when it succeeds. */
    public record Branch(CommandList condition, CommandList body) {
    }
}
