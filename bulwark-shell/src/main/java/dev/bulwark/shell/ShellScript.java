package dev.bulwark.shell;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.SyntaxProblem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A parsed script: the tree, its syntax problems and the queries rules use. */
public final class ShellScript {
    private final MappedText text;
    private final CommandList body;
    private final List<SyntaxProblem> problems;
    private final List<SimpleCommand> commands;
    // Where each command is and which top-level chain it belongs to, for the "after" queries:
    // built on first use, as most scripts are only walked. Threads racing here build equal maps.
    private volatile Positions positions;

    private record Positions(Map<SimpleCommand, Integer> position, Map<SimpleCommand, Integer> chain) {
    }

    ShellScript(MappedText text, CommandList body, List<SyntaxProblem> problems) {
        this.text = text;
        this.body = body;
        this.problems = List.copyOf(problems);
        List<SimpleCommand> all = new ArrayList<>();
        for (AndOrList item : body.items()) {
            all.addAll(CommandCollector.collect(item));
        }
        // A heredoc body (and the commands of its substitutions) lies below the lines that follow
        // its operator, possibly after later list items: sort the whole script, stably.
        all.sort(CommandCollector.SourceOrder.INSTANCE);
        this.commands = List.copyOf(all);
    }

    private Positions positions() {
        Positions p = positions;
        if (p == null) {
            Map<SimpleCommand, Integer> chain = new IdentityHashMap<>();
            for (int i = 0; i < body.items().size(); i++) {
                for (SimpleCommand c : CommandCollector.collect(body.items().get(i))) {
                    chain.put(c, i);
                }
            }
            Map<SimpleCommand, Integer> position = new IdentityHashMap<>();
            for (int i = 0; i < commands.size(); i++) {
                position.put(commands.get(i), i);
            }
            p = new Positions(position, chain);
            positions = p;
        }
        return p;
    }

    /** The text that was parsed. */
    public MappedText text() {
        return text;
    }

    /** The top-level command list. */
    public CommandList body() {
        return body;
    }

    /** Syntax errors found; the tree is the parser's best recovery when this is not empty. */
    public List<SyntaxProblem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Every simple command in source order, nested ones included: inside subshells, groups,
     * compound commands, function bodies, command and process substitutions, heredoc bodies.
     */
    public List<SimpleCommand> commands() {
        return commands;
    }

    /** The commands after {@code command} to the end of the script (empty for a foreign command). */
    public List<SimpleCommand> commandsAfter(SimpleCommand command) {
        Integer at = positions().position().get(command.original());
        return at == null ? List.of() : commands.subList(at + 1, commands.size());
    }

    /**
     * The commands after {@code command} in the same chain: the same top-level and-or list
     * ({@code a && b | c || { d; }}), at any nesting depth, substitutions included.
     */
    public List<SimpleCommand> chainAfter(SimpleCommand command) {
        Map<SimpleCommand, Integer> chain = positions().chain();
        Integer id = chain.get(command.original());
        if (id == null) {
            return List.of();
        }
        List<SimpleCommand> out = new ArrayList<>();
        for (SimpleCommand c : commandsAfter(command)) {
            if (chain.get(c).equals(id)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether a command after {@code command} in the same chain (see {@link #chainAfter}) matches. */
    public boolean isFollowedBy(SimpleCommand command, Predicate<SimpleCommand> predicate) {
        for (SimpleCommand c : chainAfter(command)) {
            if (predicate.test(c)) {
                return true;
            }
        }
        return false;
    }
}
