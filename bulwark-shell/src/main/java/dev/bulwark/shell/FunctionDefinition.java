package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** {@code name() compound-command} or bash {@code function name [()] compound-command}. */
public record FunctionDefinition(String name, TextRange nameRange, Command body, TextRange range)
        implements Command {

    @Override
    public List<Redirection> redirections() {
        return body.redirections();
    }
}
