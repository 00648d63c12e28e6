package dev.bulwark.shell;

import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Collects every source range a parsed script exposes, for the range invariants of the tests. */
final class TreeRanges {
    final List<TextRange> ranges = new ArrayList<>();
    final List<List<Word>> wordSequences = new ArrayList<>();

    static TreeRanges of(ShellScript script) {
        TreeRanges t = new TreeRanges();
        t.list(script.body());
        for (SyntaxProblem p : script.problems()) {
            t.ranges.add(p.range());
        }
        for (SimpleCommand c : script.commands()) {
            t.ranges.add(c.range());
            t.ranges.add(c.nameRange());
            SimpleCommand e = c.effective();
            t.ranges.add(e.nameRange());
            for (Word w : e.words()) {
                t.word(w);
            }
        }
        return t;
    }

    private void list(CommandList list) {
        ranges.add(list.range());
        for (AndOrList a : list.items()) {
            ranges.add(a.range());
            for (Pipeline p : a.pipelines()) {
                ranges.add(p.range());
                for (Command c : p.commands()) {
                    command(c);
                }
            }
        }
    }

    private void command(Command command) {
        ranges.add(command.range());
        for (Redirection r : command.redirections()) {
            ranges.add(r.range());
            word(r.target());
            r.heredoc().ifPresent(h -> {
                ranges.add(h.range());
                parts(h.parts());
            });
        }
        if (command instanceof SimpleCommand s) {
            List<Word> sequence = new ArrayList<>();
            for (Assignment a : s.assignments()) {
                word(a.word());
                word(a.value());
                sequence.add(a.word());
            }
            for (Word w : s.words()) {
                word(w);
                sequence.add(w);
            }
            wordSequences.add(sequence);
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
            f.items().forEach(this::word);
            wordSequences.add(f.items());
            list(f.body());
        } else if (command instanceof ArithmeticForCommand f) {
            list(f.body());
        } else if (command instanceof WhileCommand w) {
            list(w.condition());
            list(w.body());
        } else if (command instanceof CaseCommand c) {
            word(c.subject());
            for (CaseCommand.Item item : c.items()) {
                ranges.add(item.range());
                item.patterns().forEach(this::word);
                list(item.body());
            }
        } else if (command instanceof FunctionDefinition f) {
            ranges.add(f.nameRange());
            command(f.body());
        } else if (command instanceof ArithmeticCommand a) {
            parts(a.parts());
        }
    }

    private void word(Word w) {
        ranges.add(w.range());
        parts(w.parts());
    }

    private void parts(List<WordPart> parts) {
        for (WordPart part : parts) {
            ranges.add(part.range());
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
