package dev.bulwark.dockerfile.model;

import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.expand.VariableExpander;
import dev.bulwark.dockerfile.expand.VariableLookup;
import dev.bulwark.dockerfile.image.ImageReference;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.FromInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.Mount;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.ShellInstruction;
import dev.bulwark.dockerfile.syntax.UserInstruction;
import dev.bulwark.dockerfile.syntax.WorkdirInstruction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One pass over the instructions computing stages, scopes and per-instruction state. */
final class ModelBuilder {
    // spec 1.10: automatic platform ARGs of the global scope (dockerfile2llb/platform.go defaultArgs)
    static final List<String> PLATFORM_ARGS = List.of(
            "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETOSVERSION",
            "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "BUILDOSVERSION", "TARGETSTAGE");
    // spec 1.10: proxy ARGs, usable without declaration
    static final List<String> PROXY_ARGS = List.of(
            "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy",
            "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

    private final Dockerfile file;
    private final VariableExpander expander;
    private final List<Instruction> globalInstructions = new ArrayList<>();
    private final Map<Instruction, Map<String, Variable>> globalScopes = new IdentityHashMap<>();
    private Map<String, Variable> globalScope;
    private final Map<String, Variable> globalArgs = new LinkedHashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private final Map<Instruction, Stage> stageOf = new IdentityHashMap<>();
    // For an ONBUILD view: the index of the stage whose triggers the last group holds, else -1.
    private final int downstreamOf;

    ModelBuilder(Dockerfile file) {
        this(file, -1);
    }

    /**
     * For {@link OnbuildView}: {@code file}'s last group is the upstream stage's FROM instruction
     * (the same object, again) and that stage's triggers; it becomes a stage built from the
     * upstream stage.
     */
    private ModelBuilder(Dockerfile file, int downstreamOf) {
        this.file = file;
        this.expander = VariableExpander.withEscape(file.escapeChar());
        this.downstreamOf = downstreamOf;
    }

    DockerfileModel build() {
        globalScope = Collections.unmodifiableMap(predefined(PLATFORM_ARGS));

        List<List<Instruction>> groups = new ArrayList<>();
        for (Instruction instruction : file.instructions()) {
            if (instruction instanceof FromInstruction) {
                groups.add(new ArrayList<>(List.of(instruction)));
            } else if (groups.isEmpty()) {
                globalInstruction(instruction);
            } else {
                groups.get(groups.size() - 1).add(instruction);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            List<Instruction> group = groups.get(i);
            boolean last = i == groups.size() - 1;
            FromInstruction from = (FromInstruction) group.get(0);
            List<Instruction> body = group.subList(1, group.size());
            stages.add(last && downstreamOf >= 0 ? buildDownstream(i, from, body) : buildStage(i, from, body, last));
        }
        for (Stage stage : stages) {
            linkDependencies(stage);
        }
        List<OnbuildView> views = downstreamOf >= 0 ? List.of() : onbuildViews();
        return new DockerfileModel(file, expander, stages, globalInstructions, globalScopes, globalScope,
                globalArgs, stageOf, views);
    }

    /**
     * spec 1.8: ONBUILD triggers run at the start of a build FROM the image; one view per stage
     * that has triggers, in which the triggers form the final stage, built from that stage.
     */
    private List<OnbuildView> onbuildViews() {
        List<OnbuildView> views = new ArrayList<>();
        for (Stage stage : stages) {
            List<OnbuildInstruction> onbuilds = new ArrayList<>();
            List<Instruction> instructions = new ArrayList<>(file.instructions());
            instructions.add(stage.from());
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()) {
                    onbuilds.add(onbuild);
                    instructions.add(onbuild.trigger().get());
                }
            }
            if (!onbuilds.isEmpty()) {
                Dockerfile downstream = new Dockerfile(file.source(), file.directives(), instructions, file.comments(),
                        file.tokens(), file.problems(), file.escapeChar());
                views.add(new OnbuildView(stage, onbuilds, new ModelBuilder(downstream, stage.index()).build()));
            }
        }
        return views;
    }

    /** The downstream stage of an ONBUILD view: unnamed, final, built from the upstream stage. */
    private Stage buildDownstream(int index, FromInstruction upstreamFrom, List<Instruction> triggers) {
        Stage upstream = stages.get(downstreamOf);
        StageState start = upstream.endState();
        Map<Instruction, StageState> states = new IdentityHashMap<>();
        StageState current = start;
        for (Instruction trigger : triggers) {
            states.put(trigger, current);
            current = apply(trigger, current);
        }
        // The FROM instruction stays the upstream stage's: stageOf keeps it there.
        Stage stage = new Stage(index, null, upstream.displayName(), upstreamFrom, triggers, new StageBase(upstream),
                true, start.withVariables(globalScope), states, current);
        for (Instruction trigger : triggers) {
            stageOf.put(trigger, stage);
        }
        return stage;
    }

    /** spec 1.10: ARGs before the first FROM form the global scope, seen only by FROM lines. */
    private void globalInstruction(Instruction instruction) {
        globalInstructions.add(instruction);
        globalScopes.put(instruction, globalScope);
        if (instruction instanceof ArgInstruction arg) {
            Map<String, Variable> next = new LinkedHashMap<>(globalScope);
            for (ArgDeclaration d : arg.declarations()) {
                Optional<Expansion> value = d.defaultValue().isPresent()
                        ? Optional.of(expand(d.defaultValue().get(), globalScope)) : Optional.empty();
                Variable v = declared(d.name(), value, globalScope, Variable.Kind.ARG, instruction);
                next.put(d.name(), v);
                globalArgs.put(d.name(), v);
            }
            globalScope = Collections.unmodifiableMap(next);
        }
    }

    private Stage buildStage(int index, FromInstruction from, List<Instruction> body, boolean isFinal) {
        BaseImage base = resolveBase(from);
        StageState start;
        if (base instanceof StageBase sb) {
            // spec 1.10, 1.11: a child stage continues from its parent's ARG, ENV, USER, WORKDIR, SHELL
            start = sb.parent().endState();
        } else {
            Map<String, Variable> vars = predefined(PROXY_ARGS);
            start = new StageState(Collections.unmodifiableMap(vars), Optional.empty(), Optional.empty(),
                    StageState.DEFAULT_SHELL);
        }
        StageState atFrom = start.withVariables(globalScope);
        Map<Instruction, StageState> states = new IdentityHashMap<>();
        StageState current = start;
        for (Instruction instruction : body) {
            states.put(instruction, current);
            if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()) {
                // the trigger runs in a downstream build; here it only needs a scope to expand in
                states.put(onbuild.trigger().get(), current);
            }
            current = apply(instruction, current);
        }
        String name = from.stageNameLower().orElse(null);
        Stage stage = new Stage(index, name, from, body, base, isFinal, atFrom, states, current);
        stageOf.put(from, stage);
        for (Instruction instruction : states.keySet()) {
            stageOf.put(instruction, stage);
        }
        return stage;
    }

    /** spec 1.11: FROM names an earlier stage by exact lower-case name, else scratch, else an image. */
    private BaseImage resolveBase(FromInstruction from) {
        String raw = from.image().text();
        Expansion e = expand(raw, globalScope);
        if (!e.isOk()) {
            return new ImageBase(ImageReference.parse(raw), raw, false);
        }
        String text = e.text();
        for (int i = stages.size() - 1; i >= 0; i--) {
            Stage earlier = stages.get(i);
            if (text.equals(earlier.name().orElse(null))) {
                return new StageBase(earlier);
            }
        }
        if (text.equals("scratch")) {
            return new ScratchBase();
        }
        return new ImageBase(ImageReference.parse(text), text, resolved(e, globalScope));
    }

    private StageState apply(Instruction instruction, StageState state) {
        if (instruction instanceof ArgInstruction arg) {
            return state.withVariables(applyArg(arg, state.variables()));
        }
        if (instruction instanceof EnvInstruction env) {
            return state.withVariables(applyEnv(env, state.variables()));
        }
        if (instruction instanceof UserInstruction user) {
            Expansion e = expand(user.value().text(), state.variables());
            return state.withUser(UserSpec.of(e.text(), resolved(e, state.variables()), user));
        }
        if (instruction instanceof WorkdirInstruction workdir) {
            String path = expand(workdir.value().text(), state.variables()).text();
            if (path.isEmpty()) {
                return state;
            }
            return state.withWorkdir(WorkdirPath.resolve(state.workdir().orElse("/"), path));
        }
        if (instruction instanceof ShellInstruction shell && !shell.args().isEmpty()) {
            return state.withShell(shell.values());
        }
        return state;
    }

    /**
     * spec 1.10: a default is expanded with the values before the instruction; a bare name imports
     * the global value, else keeps an inherited one; an ENV of the same name wins over the ARG.
     */
    private Map<String, Variable> applyArg(ArgInstruction arg, Map<String, Variable> before) {
        Map<String, Variable> next = new LinkedHashMap<>(before);
        for (ArgDeclaration d : arg.declarations()) {
            Variable existing = before.get(d.name());
            if (existing != null && existing.kind() == Variable.Kind.ENV) {
                continue;
            }
            Variable v;
            if (d.defaultValue().isPresent()) {
                v = declared(d.name(), Optional.of(expand(d.defaultValue().get(), before)), before, Variable.Kind.ARG, arg);
            } else {
                Variable imported = globalArgs.containsKey(d.name()) ? globalArgs.get(d.name()) : existing;
                v = imported == null
                        ? new Variable(d.name(), Optional.empty(), Variable.Kind.ARG, Optional.of(arg), false)
                        : new Variable(d.name(), imported.value(), Variable.Kind.ARG, Optional.of(arg), imported.resolved());
            }
            next.put(d.name(), v);
        }
        return Collections.unmodifiableMap(next);
    }

    /** spec 1.9: every pair of one ENV sees the values from before the instruction. */
    private Map<String, Variable> applyEnv(EnvInstruction env, Map<String, Variable> before) {
        Map<String, Variable> next = new LinkedHashMap<>(before);
        for (KeyValue pair : env.pairs()) {
            String key = expand(pair.key(), before).text();
            next.remove(key);
            next.put(key, declared(key, Optional.of(expand(pair.value(), before)), before, Variable.Kind.ENV, env));
        }
        return Collections.unmodifiableMap(next);
    }

    private static Variable declared(String name, Optional<Expansion> value, Map<String, Variable> scope,
                                     Variable.Kind kind, Instruction by) {
        if (value.isEmpty()) {
            return new Variable(name, Optional.empty(), kind, Optional.of(by), false);
        }
        Expansion e = value.get();
        return new Variable(name, Optional.of(e.text()), kind, Optional.of(by), resolved(e, scope));
    }

    private static Map<String, Variable> predefined(List<String> names) {
        Map<String, Variable> vars = new LinkedHashMap<>();
        for (String name : names) {
            vars.put(name, Variable.predefined(name));
        }
        return vars;
    }

    /** Whether an expansion gave the text the build will see: no error, every variable known. */
    static boolean resolved(Expansion e, Map<String, Variable> scope) {
        if (!e.isOk()) {
            return false;
        }
        for (String name : e.referenced()) {
            Variable v = scope.get(name);
            if (v == null || !v.resolved()) {
                return false;
            }
        }
        return true;
    }

    Expansion expand(String raw, Map<String, Variable> scope) {
        return expander.expand(raw, new ScopeLookup(scope));
    }

    /** spec 1.8, 1.11: COPY --from by name (any stage, case-insensitive) or index; mount from= by name. */
    private void linkDependencies(Stage stage) {
        Optional<Stage> parent = stage.parent();
        if (parent.isPresent()) {
            stage.addDependency(parent.get());
        }
        Map<String, Stage> byName = new HashMap<>();
        for (Stage s : stages) {
            // a later definition of a name replaces an earlier one, as BuildKit's statesByName map does
            Optional<String> name = s.name();
            if (name.isPresent()) {
                byName.put(name.get(), s);
            }
        }
        for (Instruction instruction : stage.instructions()) {
            if (instruction instanceof CopyInstruction copy) {
                for (Flag flag : copy.flags("from")) {
                    String text = flag.valueOrEmpty();
                    FromTarget target = copyTarget(text, byName);
                    record(stage, new FromReference(copy, text, flag.valueRange(), target));
                }
            } else if (instruction instanceof RunInstruction run) {
                for (Mount mount : run.mounts()) {
                    Optional<String> from = mount.from();
                    if (from.isPresent()) {
                        Stage named = byName.get(from.get().toLowerCase(Locale.ROOT));
                        FromTarget target = named != null ? new FromTarget.StageTarget(named)
                                : new FromTarget.ImageTarget(ImageReference.parse(from.get()));
                        record(stage, new FromReference(run, from.get(), mount.range(), target));
                    }
                }
            }
        }
    }

    private FromTarget copyTarget(String text, Map<String, Stage> byName) {
        Stage named = byName.get(text.toLowerCase(Locale.ROOT));
        if (named != null) {
            return new FromTarget.StageTarget(named);
        }
        if (isDigits(text)) {
            int index = text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
            return index < stages.size() ? new FromTarget.StageTarget(stages.get(index))
                    : new FromTarget.InvalidIndex(index);
        }
        return new FromTarget.ImageTarget(ImageReference.parse(text));
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void record(Stage stage, FromReference reference) {
        stage.addFromReference(reference);
        if (reference.target() instanceof FromTarget.StageTarget t) {
            stage.addDependency(t.stage());
        }
    }

    /** The variables of a scope as an expansion reads them: a set variable may have no value. */
    static final class ScopeLookup implements VariableLookup {
        private final Map<String, Variable> scope;

        ScopeLookup(Map<String, Variable> scope) {
            this.scope = scope;
        }

        @Override
        public Optional<String> lookup(String name) {
            Variable v = scope.get(name);
            return v == null ? Optional.empty() : v.value();
        }
    }
}
