package dev.bulwark.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds every simple command in a tree, nested ones and those in substitutions included. */
final class CommandCollector {
    private final List<SimpleCommand> found = new ArrayList<>();

    private CommandCollector() {
    }

    static List<SimpleCommand> collect(Command command) {
        CommandCollector c = new CommandCollector();
        c.command(command);
        return c.sorted();
    }

    static List<SimpleCommand> collect(AndOrList list) {
        CommandCollector c = new CommandCollector();
        c.andOr(list);
        return c.sorted();
    }

    private List<SimpleCommand> sorted() {
        // Substitutions are visited after their command and heredoc bodies lie below it: sort
        // (stably) so the result is in source order.
        found.sort(SourceOrder.INSTANCE);
        return found;
    }

    /** Orders commands by where they start in the source. */
    static final class SourceOrder implements Comparator<SimpleCommand> {
        static final SourceOrder INSTANCE = new SourceOrder();

        private SourceOrder() {
        }

        @Override
        public int compare(SimpleCommand a, SimpleCommand b) {
            return Integer.compare(a.range().start(), b.range().start());
        }
    }

    private void list(CommandList list) {
        for (AndOrList a : list.items()) {
            andOr(a);
        }
    }

    private void andOr(AndOrList list) {
        for (Pipeline p : list.pipelines()) {
            for (Command c : p.commands()) {
                command(c);
            }
        }
    }

    private void command(Command command) {
        if (command instanceof SimpleCommand s) {
            found.add(s);
            for (Assignment a : s.assignments()) {
                parts(a.word().parts());
            }
            for (Word w : s.words()) {
                parts(w.parts());
            }
        } else if (command instanceof Subshell s) {
            list(s.body());
        } else if (command instanceof BraceGroup g) {
            list(g.body());
        } else if (command instanceof IfCommand i) {
            for (IfCommand.Branch b : i.branches()) {
                list(b.condition());
                list(b.body());
            }
            list(i.elseBody());
        } else if (command instanceof ForCommand f) {
            for (Word w : f.items()) {
                parts(w.parts());
            }
            list(f.body());
        } else if (command instanceof ArithmeticForCommand f) {
            list(f.body());
        } else if (command instanceof WhileCommand w) {
            list(w.condition());
            list(w.body());
        } else if (command instanceof CaseCommand c) {
            parts(c.subject().parts());
            for (CaseCommand.Item item : c.items()) {
                for (Word w : item.patterns()) {
                    parts(w.parts());
                }
                list(item.body());
            }
        } else if (command instanceof FunctionDefinition f) {
            command(f.body());
            return;
        } else if (command instanceof ArithmeticCommand a) {
            parts(a.parts());
        }
        for (Redirection r : command.redirections()) {
            parts(r.target().parts());
            Optional<HereDoc> heredoc = r.heredoc();
            if (heredoc.isPresent()) {
                parts(heredoc.get().parts());
            }
        }
    }

    private void parts(List<WordPart> parts) {
        for (WordPart part : parts) {
            if (part instanceof WordPart.CommandSubstitution c) {
                list(c.body());
            } else if (part instanceof WordPart.ProcessSubstitution p) {
                list(p.body());
            } else if (part instanceof WordPart.DoubleQuoted q) {
                parts(q.parts());
            } else if (part instanceof WordPart.ParameterExpansion e) {
                parts(e.argument());
            } else if (part instanceof WordPart.ArithmeticExpansion a) {
                parts(a.parts());
            }
        }
    }
}
