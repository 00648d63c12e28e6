package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A simple command: prefix assignments, words (name then arguments) and redirections. This is what
 * rules query: {@code cmd.effective().is("pip") && !cmd.effective().hasFlag("--no-cache-dir")}.
 */
public final class SimpleCommand implements Command {
    private static final Set<String> DECLARATION_UTILITIES = Set.of("export", "readonly", "declare", "local", "typeset");

    private final List<Assignment> assignments;
    private final List<Word> words;
    private final List<Word> arguments;
    private final List<Redirection> redirections;
    private final TextRange range;
    private final boolean insideSubstitution;
    // The command as written when this is an effective() view; this otherwise.
    private final SimpleCommand original;
    // Set once by the parser when the enclosing pipeline is built; never changed afterwards.
    private Pipeline pipeline;
    // Computed on first use and kept: dozens of rules ask for the base name and the unwrapped
    // command of every command. Threads racing here compute equal values from final fields, so
    // plain fields suffice (as for String.hash).
    private Optional<String> baseName;
    private SimpleCommand effective;

    SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirection> redirections, TextRange range,
                  boolean insideSubstitution) {
        this.assignments = List.copyOf(assignments);
        this.words = List.copyOf(words);
        this.arguments = argumentsOf(this.words);
        this.redirections = List.copyOf(redirections);
        this.range = range;
        this.insideSubstitution = insideSubstitution;
        this.original = this;
    }

    private SimpleCommand(SimpleCommand original, List<Assignment> assignments, List<Word> words) {
        this.assignments = List.copyOf(assignments);
        this.words = List.copyOf(words);
        this.arguments = argumentsOf(this.words);
        this.redirections = original.redirections;
        this.range = original.range;
        this.insideSubstitution = original.insideSubstitution;
        this.original = original.original;
    }

    private static List<Word> argumentsOf(List<Word> words) {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    /** Assignments written before the name ({@code A=b cmd}), or all words of a bare {@code A=b}. */
    public List<Assignment> assignments() {
        return assignments;
    }

    /**
     * The {@code NAME=value} arguments of {@code export}, {@code readonly}, {@code declare},
     * {@code local} and {@code typeset}; empty for other commands.
     */
    public List<Assignment> declarations() {
        Optional<String> base = baseName();
        if (base.isEmpty() || !DECLARATION_UTILITIES.contains(base.get())) {
            return List.of();
        }
        List<Assignment> out = new ArrayList<>();
        for (Word w : arguments()) {
            Optional<Assignment> assignment = Assignment.of(w);
            if (assignment.isPresent()) {
                out.add(assignment.get());
            }
        }
        return out;
    }

    /** The name followed by the arguments. */
    public List<Word> words() {
        return words;
    }

    public Optional<Word> nameWord() {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
    }

    /** The command name after quote removal; empty when it has expansions or there is no name. */
    public Optional<String> name() {
        return words.isEmpty() ? Optional.empty() : words.get(0).literal();
    }

    /**
     * The name without its directory: {@code /usr/bin/pip3} gives {@code pip3}. Known also when
     * only the directory is an expansion ({@code "$VENV/bin/pip"} gives {@code pip}).
     */
    public Optional<String> baseName() {
        Optional<String> base = baseName;
        if (base == null) {
            base = words.isEmpty() ? Optional.empty() : words.get(0).literalBaseName();
            baseName = base;
        }
        return base;
    }

    /** Whether the base name is one of {@code names}. */
    public boolean is(String... names) {
        Optional<String> base = baseName();
        if (base.isEmpty()) {
            return false;
        }
        String name = base.get();
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The words after the name. */
    public List<Word> arguments() {
        return arguments;
    }

    /** Whether some argument is literally one of {@code values}, wherever it stands ({@code wget -nv}). */
    public boolean hasArgument(String... values) {
        for (Word w : arguments) {
            for (String value : values) {
                if (w.is(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<Redirection> redirections() {
        return redirections;
    }

    /** Source range of the whole command (assignments, words, redirections). */
    @Override
    public TextRange range() {
        return range;
    }

    /** Source range of the name; an empty range at the command start when there is no name. */
    public TextRange nameRange() {
        return words.isEmpty() ? TextRange.empty(range.start()) : words.get(0).range();
    }

    /** Whether the command runs inside {@code $(...)}, backquotes or a process substitution. */
    public boolean insideSubstitution() {
        return insideSubstitution;
    }

    /**
     * Whether any of {@code forms} is among the options: {@code "-y"} also matches inside a cluster
     * ({@code -qy}), {@code "--yes"} also matches {@code --yes=value}. Options after {@code --} are
     * positionals and do not count.
     */
    public boolean hasFlag(String... forms) {
        return CommandOptions.hasFlag(arguments(), Set.of(), forms);
    }

    /** As {@link #hasFlag(String...)}, knowing which options take a value (so it is not read as a flag). */
    public boolean hasFlag(Set<String> valueOptions, String... forms) {
        return CommandOptions.hasFlag(arguments(), valueOptions, forms);
    }

    /**
     * The value of the first occurrence of the option: {@code --opt=v}, {@code --opt v},
     * {@code -o v}, {@code -ov}. {@code valueOptions} names the other options taking a value.
     */
    public Optional<Word> flagValue(Set<String> valueOptions, String... forms) {
        return CommandOptions.flagValue(arguments(), valueOptions, forms);
    }

    /** The values of every occurrence of the option, in order. */
    public List<Word> flagValues(Set<String> valueOptions, String... forms) {
        return CommandOptions.flagValues(arguments(), valueOptions, forms);
    }

    /** The arguments that are neither options nor option values; everything after {@code --}. */
    public List<Word> positionals(Set<String> valueOptions) {
        return CommandOptions.positionals(arguments(), valueOptions);
    }

    /** The first positional: {@code apt-get -o X=y install} gives {@code install}. */
    public Optional<Word> subcommand(Set<String> valueOptions) {
        List<Word> p = positionals(valueOptions);
        return p.isEmpty() ? Optional.empty() : Optional.of(p.get(0));
    }

    /** Whether the {@link #subcommand} is literally one of {@code names}: {@code pip install}, {@code conda clean}. */
    public boolean hasSubcommand(Set<String> valueOptions, String... names) {
        Optional<Word> sub = subcommand(valueOptions);
        if (sub.isEmpty()) {
            return false;
        }
        for (String name : names) {
            if (sub.get().is(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The command with wrappers removed ({@code sudo}, {@code env}, {@code nohup}, {@code time},
     * {@code exec}, {@code command}, {@code nice}, {@code timeout}, {@code xargs}, {@code gosu},
     * {@code su-exec}) and {@code python -m pip} / {@code uv pip} seen as {@code pip}. Ranges and
     * structure links stay those of the original; the command itself when nothing is wrapped.
     */
    public SimpleCommand effective() {
        SimpleCommand e = effective;
        if (e == null) {
            e = Wrappers.unwrap(this);
            effective = e;
        }
        return e;
    }

    /**
     * This command with its long options spelled out in full, for a program that reads them with
     * getopt_long or Python's optparse, which accept unambiguous prefixes ({@code pip install
     * --no-cache} is {@code --no-cache-dir}). Ranges stay those of the words as written.
     */
    public SimpleCommand withLongOptions(Collection<String> longOptions) {
        if (words.isEmpty()) {
            return this;
        }
        List<Word> spelled = new ArrayList<>(words.size());
        spelled.add(words.get(0));
        spelled.addAll(CommandOptions.spellOutLongOptions(arguments, longOptions));
        return new SimpleCommand(this, assignments, spelled);
    }

    /** The command as written: differs from this only for a view returned by {@link #effective()}. */
    public SimpleCommand original() {
        return original;
    }

    /** The pipeline this command is an element of. */
    public Pipeline pipeline() {
        return original.pipeline;
    }

    /** The and-or list ({@code a && b || c}) this command is part of. */
    public AndOrList andOrList() {
        return pipeline().andOrList();
    }

    /**
     * The command its output is piped to: the next pipeline element, or the first simple command
     * of it when that element is compound.
     */
    public Optional<SimpleCommand> nextInPipeline() {
        return neighbour(1);
    }

    /** The command whose output is piped into this one. */
    public Optional<SimpleCommand> previousInPipeline() {
        return neighbour(-1);
    }

    private Optional<SimpleCommand> neighbour(int delta) {
        Pipeline p = pipeline();
        int i = p.indexOf(original);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= p.commands().size()) {
            return Optional.empty();
        }
        Command next = p.commands().get(j);
        if (next instanceof SimpleCommand simple) {
            return Optional.of(simple);
        }
        List<SimpleCommand> inside = CommandCollector.collect(next);
        return inside.isEmpty() ? Optional.empty() : Optional.of(inside.get(0));
    }

    SimpleCommand view(List<Assignment> extraAssignments, List<Word> viewWords) {
        List<Assignment> all = new ArrayList<>(assignments);
        all.addAll(extraAssignments);
        return new SimpleCommand(this, all, viewWords);
    }

    void attach(Pipeline p) {
        this.pipeline = p;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Assignment a : assignments) {
            b.append(b.length() == 0 ? "" : " ").append(a.word().raw());
        }
        for (Word w : words) {
            b.append(b.length() == 0 ? "" : " ").append(w.raw());
        }
        for (Redirection r : redirections) {
            b.append(b.length() == 0 ? "" : " ").append(r);
        }
        return b.toString();
    }
}
