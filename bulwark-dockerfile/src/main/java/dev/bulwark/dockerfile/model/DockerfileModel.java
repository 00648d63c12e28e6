package dev.bulwark.dockerfile.model;

import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.expand.VariableExpander;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The semantic model of one Dockerfile, computed once and read by every rule: stages and the
 * stage graph (spec 1.11), ARG/ENV scoping (spec 1.10) with the builder's variable expansion
 * (spec 1.9), effective USER, WORKDIR and SHELL, and parsed shell scripts (computed on first
 * use). Immutable; safe to share between threads.
 */
public final class DockerfileModel {
    private final Dockerfile file;
    private final VariableExpander expander;
    private final List<Stage> stages;
    private final List<Instruction> globalInstructions;
    private final Map<Instruction, Map<String, Variable>> globalScopes;
    private final Map<String, Variable> globalScope;
    private final Map<String, Variable> globalArgs;
    private final Map<Instruction, Stage> stageOf;
    private final Scripts scripts;
    private final List<OnbuildView> onbuildViews;
    private final Derived derived = new Derived();

    DockerfileModel(Dockerfile file, VariableExpander expander, List<Stage> stages,
                    List<Instruction> globalInstructions, Map<Instruction, Map<String, Variable>> globalScopes,
                    Map<String, Variable> globalScope, Map<String, Variable> globalArgs,
                    Map<Instruction, Stage> stageOf, List<OnbuildView> onbuildViews) {
        this.file = file;
        this.expander = expander;
        this.stages = List.copyOf(stages);
        this.globalInstructions = List.copyOf(globalInstructions);
        this.globalScopes = Collections.unmodifiableMap(new IdentityHashMap<>(globalScopes));
        this.globalScope = globalScope;
        this.globalArgs = Collections.unmodifiableMap(new LinkedHashMap<>(globalArgs));
        this.stageOf = Collections.unmodifiableMap(new IdentityHashMap<>(stageOf));
        this.scripts = new Scripts(this, stageOf.keySet());
        this.onbuildViews = List.copyOf(onbuildViews);
    }

    /** Builds the model. Total: any parsed file, however broken, gives a model. */
    public static DockerfileModel of(Dockerfile file) {
        return new ModelBuilder(file).build();
    }

    public Dockerfile file() {
        return file;
    }

    /** The expander for this file's escape character (spec 1.2, 1.9). */
    public VariableExpander expander() {
        return expander;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The last stage, the default target; empty when the file has no FROM. */
    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /**
     * How this file's ONBUILD triggers run (spec 1.8): for each stage that has triggers, the model
     * of a downstream build in which they are the final stage's instructions. Empty for a file
     * without triggers, and for a view itself.
     */
    public List<OnbuildView> onbuildViews() {
        return onbuildViews;
    }

    /** Instructions before the first FROM (ARGs; anything else there is an error, spec 1.10). */
    public List<Instruction> globalInstructions() {
        return globalInstructions;
    }

    /** The global (meta) ARGs in declaration order, defaults expanded (spec 1.10). */
    public Map<String, Variable> globalArgs() {
        return globalArgs;
    }

    /**
     * Where the global ARG {@code name} gets its default: the declaration with a {@code =} that
     * the FROM lines see; empty when it has none or is not a global ARG.
     */
    public Optional<ArgDeclaration> globalArgDefault(String name) {
        Variable arg = globalArgs.get(name);
        if (arg == null || !(arg.declaredBy().orElse(null) instanceof ArgInstruction instruction)) {
            return Optional.empty();
        }
        for (ArgDeclaration declaration : instruction.declarations()) {
            if (declaration.name().equals(name) && declaration.defaultValue().isPresent()) {
                return Optional.of(declaration);
            }
        }
        return Optional.empty();
    }

    /** The stage an instruction belongs to (ONBUILD triggers included); empty for global ARGs. */
    public Optional<Stage> stageOf(Instruction instruction) {
        return Optional.ofNullable(stageOf.get(instruction));
    }

    /**
     * The stage {@code COPY --from} or {@code --target} would name: names are matched
     * case-insensitively among all stages, a later definition winning (spec 1.11).
     */
    public Optional<Stage> stageNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = stages.size() - 1; i >= 0; i--) {
            if (lower.equals(stages.get(i).name().orElse(null))) {
                return Optional.of(stages.get(i));
            }
        }
        return Optional.empty();
    }

    /** The stage at a 0-based index, as {@code COPY --from=N} counts. */
    public Optional<Stage> stage(int index) {
        return index >= 0 && index < stages.size() ? Optional.of(stages.get(index)) : Optional.empty();
    }

    /** The stages the final target builds: the final stage and everything it depends on, in file order. */
    public List<Stage> stagesReachableFromFinal() {
        Optional<Stage> last = finalStage();
        return last.isPresent() ? stagesReachableFrom(last.get()) : List.of();
    }

    /** The stages building {@code target} needs (itself included), in file order; cycles are tolerated. */
    public List<Stage> stagesReachableFrom(Stage target) {
        boolean[] seen = new boolean[stages.size()];
        Deque<Stage> work = new ArrayDeque<>();
        work.push(target);
        seen[target.index()] = true;
        while (!work.isEmpty()) {
            for (Stage dep : work.pop().dependencies()) {
                if (!seen[dep.index()]) {
                    seen[dep.index()] = true;
                    work.push(dep);
                }
            }
        }
        List<Stage> out = new ArrayList<>();
        for (Stage s : stages) {
            if (seen[s.index()]) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The variables an instruction sees, by name (spec 1.9, 1.10): for global ARGs and FROM the
     * global scope, otherwise the stage scope before the instruction.
     *
     * @throws IllegalArgumentException for an instruction of another file
     */
    public Map<String, Variable> variablesAt(Instruction instruction) {
        Map<String, Variable> global = globalScopes.get(instruction);
        if (global != null) {
            return global;
        }
        Stage stage = stageOf.get(instruction);
        if (stage == null) {
            throw new IllegalArgumentException("instruction at line " + instruction.startLine() + " is not in this file");
        }
        return stage.variablesAt(instruction);
    }

    /** Expands {@code raw} (text of or for this instruction) as the builder would there (spec 1.9). */
    public Expansion expand(Instruction instruction, String raw) {
        Map<String, Variable> scope = variablesAt(instruction);
        return expander.expand(raw, new ModelBuilder.ScopeLookup(scope));
    }

    /** The global scope FROM lines expand in: platform ARGs and the global ARGs (spec 1.10). */
    public Map<String, Variable> globalScope() {
        return globalScope;
    }

    /**
     * The shell script a RUN, CMD, ENTRYPOINT or HEALTHCHECK runs in shell form, parsed once on
     * first use: empty for the exec form, for a non-POSIX SHELL, and for other instructions. For
     * {@code RUN <<EOF} alone the heredoc body is the script (spec 1.7); when heredocs feed a
     * command, the line and bodies are parsed together, as the shell sees them.
     */
    public Optional<ShellScript> script(Instruction instruction) {
        return scripts.script(instruction);
    }

    /**
     * Heredoc bodies of a RUN that are executed as shell scripts ({@code RUN <<EOF},
     * {@code RUN <<EOF bash}), each parsed with its own map to the file (spec 1.7). Bodies that
     * are data for a command ({@code RUN cat <<EOF > f}) are not included.
     */
    public List<ShellScript> heredocScripts(RunInstruction run) {
        return scripts.heredocScripts(run);
    }

    /**
     * The simple commands a RUN executes, in source order: those of {@link #script} and of
     * {@link #heredocScripts}, each once (a sole {@code RUN <<EOF} body is both). Computed once,
     * since most rules ask "what does this RUN do" for every RUN.
     */
    public List<SimpleCommand> runCommands(RunInstruction run) {
        return scripts.runCommands(run);
    }

    /**
     * What {@code derivation} gives for {@code key} (a part of this model), computed on first
     * request and kept with the model: an analysis several rules need (the programs a CMD starts,
     * the sources a COPY reads) then runs once per file, whichever rule asks first. The value
     * must be immutable, as it is shared between rules and threads.
     */
    public <K, V> V derived(Derivation<K, V> derivation, K key) {
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(key, "key");
        return derived.get(this, derivation, key);
    }
}
