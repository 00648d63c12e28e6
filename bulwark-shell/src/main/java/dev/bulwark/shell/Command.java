package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** One element of a pipeline: a simple command or a compound command. */
public sealed interface Command permits SimpleCommand, Subshell, BraceGroup, IfCommand, ForCommand,
        ArithmeticForCommand, WhileCommand, CaseCommand, FunctionDefinition, ArithmeticCommand {

    /** Source range, including redirections written after a compound command. */
    TextRange range();

    List<Redirection> redirections();
}
