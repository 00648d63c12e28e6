package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** Commands joined by {@code |} or {@code |&}, optionally negated with {@code !}. */
public final class Pipeline {
    private final List<Command> commands;
    private final boolean negated;
    private final TextRange range;
    // Set once when the enclosing and-or list is built; never changed afterwards.
    private AndOrList andOrList;

    private Pipeline(List<Command> commands, boolean negated, TextRange range) {
        this.commands = List.copyOf(commands);
        this.negated = negated;
        this.range = range;
    }

    static Pipeline of(List<Command> commands, boolean negated, TextRange range) {
        Pipeline pipeline = new Pipeline(commands, negated, range);
        for (Command command : pipeline.commands) {
            if (command instanceof SimpleCommand simple) {
                simple.attach(pipeline);
            }
        }
        return pipeline;
    }

    /** The pipeline's elements, left to right. */
    public List<Command> commands() {
        return commands;
    }

    public boolean negated() {
        return negated;
    }

    public TextRange range() {
        return range;
    }

    /** The and-or list this pipeline is part of. */
    public AndOrList andOrList() {
        return andOrList;
    }

    void attach(AndOrList list) {
        this.andOrList = list;
    }

    int indexOf(Command command) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i) == command) {
                return i;
            }
        }
        return -1;
    }
}
