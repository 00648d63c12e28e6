package dev.bulwark.dockerfile.model;

import dev.bulwark.dockerfile.syntax.FromInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One build stage: a FROM and the instructions up to the next FROM (spec 1.11), with the state
 * each instruction runs in (variables, USER, WORKDIR, SHELL). Built once by
 * {@link DockerfileModel#of}; immutable afterwards.
 */
public final class Stage {
    private final int index;
    private final String name;
    private final String displayName;
    private final FromInstruction from;
    private final List<Instruction> instructions;
    private final BaseImage base;
    private final boolean isFinal;
    private final StageState atFrom;
    private final Map<Instruction, StageState> states;
    private final StageState end;
    // Filled by the model builder once every stage exists: COPY --from may name a later stage.
    private final List<Stage> dependencies = new ArrayList<>();
    private final List<FromReference> fromReferences = new ArrayList<>();

    Stage(int index, String name, FromInstruction from, List<Instruction> instructions, BaseImage base,
          boolean isFinal, StageState atFrom, Map<Instruction, StageState> states, StageState end) {
        this(index, name, name != null ? name : Integer.toString(index), from, instructions, base, isFinal, atFrom,
                states, end);
    }

    Stage(int index, String name, String displayName, FromInstruction from, List<Instruction> instructions,
          BaseImage base, boolean isFinal, StageState atFrom, Map<Instruction, StageState> states, StageState end) {
        this.index = index;
        this.name = name;
        this.displayName = displayName;
        this.from = from;
        this.instructions = List.copyOf(instructions);
        this.base = base;
        this.isFinal = isFinal;
        this.atFrom = atFrom;
        this.states = Collections.unmodifiableMap(new IdentityHashMap<>(states));
        this.end = end;
    }

    /** 0-based position in the file, as {@code COPY --from=N} counts. */
    public int index() {
        return index;
    }

    /** The {@code AS} name lower-cased, as BuildKit stores it (spec 1.11). */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The name, or the index for an unnamed stage: how to mention the stage in a message. The
     * downstream stage of an {@link OnbuildView} is mentioned as the stage its triggers are in.
     */
    public String displayName() {
        return displayName;
    }

    public FromInstruction from() {
        return from;
    }

    /** The instructions after FROM, in order. */
    public List<Instruction> instructions() {
        return instructions;
    }

    public BaseImage base() {
        return base;
    }

    /** The stage this one is built {@code FROM}, if any. */
    public Optional<Stage> parent() {
        return base instanceof StageBase s ? Optional.of(s.parent()) : Optional.empty();
    }

    /** The image or scratch at the root of the {@code FROM stage} chain. */
    public BaseImage rootBase() {
        BaseImage b = base;
        while (b instanceof StageBase s) {
            b = s.parent().base();
        }
        return b;
    }

    /** The last stage: the default build target (spec 1.11). */
    public boolean isFinal() {
        return isFinal;
    }

    /** Stages this one needs: its FROM parent, then COPY --from and RUN --mount from= stages, each once. */
    public List<Stage> dependencies() {
        return Collections.unmodifiableList(dependencies);
    }

    /** Every COPY --from and RUN --mount from= of this stage, resolved. */
    public List<FromReference> fromReferences() {
        return Collections.unmodifiableList(fromReferences);
    }

    public boolean contains(Instruction instruction) {
        return instruction == from || states.containsKey(instruction);
    }

    /**
     * Variables visible to the instruction (values from before it, spec 1.9); for the FROM
     * itself, the global scope (spec 1.10).
     */
    public Map<String, Variable> variablesAt(Instruction instruction) {
        return state(instruction).variables();
    }

    /** Variables at the end of the stage, which a child stage starts with (spec 1.10). */
    public Map<String, Variable> finalVariables() {
        return end.variables();
    }

    /**
     * The USER in effect when the instruction runs, inherited through stage parents; empty when
     * no USER was set, i.e. the base image's user (often root).
     */
    public Optional<UserSpec> userAt(Instruction instruction) {
        return state(instruction).user();
    }

    /** The USER the stage's image ends with; empty when none was set in it or its parents. */
    public Optional<UserSpec> finalUser() {
        return end.user();
    }

    /**
     * The WORKDIR in effect, absolute and cleaned (relative ones joined, spec 1.8); empty when no
     * WORKDIR was set in the stage or its parents, i.e. the base image's (often {@code /}).
     */
    public Optional<String> workdirAt(Instruction instruction) {
        return state(instruction).workdir();
    }

    public Optional<String> finalWorkdir() {
        return end.workdir();
    }

    /** The SHELL in effect: the last SHELL instruction, else {@code ["/bin/sh", "-c"]} (spec 1.6). */
    public List<String> shellAt(Instruction instruction) {
        return state(instruction).shell();
    }

    public List<String> finalShell() {
        return end.shell();
    }

    StageState state(Instruction instruction) {
        if (instruction == from) {
            return atFrom;
        }
        StageState s = states.get(instruction);
        if (s == null) {
            throw new IllegalArgumentException("instruction at line " + instruction.startLine()
                    + " is not in stage " + displayName());
        }
        return s;
    }

    StageState endState() {
        return end;
    }

    void addDependency(Stage stage) {
        if (!dependencies.contains(stage)) {
            dependencies.add(stage);
        }
    }

    void addFromReference(FromReference reference) {
        fromReferences.add(reference);
    }

    @Override
    public String toString() {
        return "Stage[" + displayName() + "]";
    }
}
