package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.rules.ml.ModelLocations;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.model.UserSpec;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.WorkdirInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A model or cache directory named by ENV ({@code HF_HOME}, {@code TRANSFORMERS_CACHE},
 * {@code TORCH_HOME}, {@code MODEL_DIR}, …) that the Dockerfile creates empty as root
 * ({@code mkdir} in a root RUN, {@code WORKDIR} before any USER) and never hands over
 * ({@code chown}, {@code chmod} granting write, {@code COPY --chown}), while the image runs as a
 * non-root user: the first download at run time fails with a permission error. Directories
 * created by COPY are left alone: baked-in models may well be read-only.
 */
@RuleInfo(code = "DF079", name = "model-dir-not-writable", practice = Practice.MODEL_ARTIFACTS,
        severity = Severity.WARNING,
        summary = "A model or cache directory is created by root, but the image runs as a non-root user.",
        fix = "Create the directory as the runtime user, or `chown` it to that user in the same RUN.")
public final class ModelDirNotWritable implements DockerfileRule {
    // Modes granting write to group or others: octal group/other digits with the 2 bit, or `+w`.
    private static final LazyPattern OCTAL = LazyPattern.of("[0-7]{3,5}");
    private static final LazyPattern SYMBOLIC_WRITE = LazyPattern.of("(^|,)[ugoa]*[go][ugoa]*[+=][rwxXst]*w|(^|,)[+=][rwxXst]*w|(^|,)g=u");

    /** Where the directory stands after an instruction: not yet made, made by root, or usable. */
    private enum State { ABSENT, ROOT_OWNED, WRITABLE }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        if (finalStage.isEmpty()) {
            return;
        }
        Optional<UserSpec> user = finalStage.get().finalUser();
        if (user.isEmpty() || !user.get().fullyResolved() || user.get().isRoot()) {
            return;
        }
        Map<String, Variable> env = finalStage.get().finalVariables();
        StageChain chain = StageChain.of(finalStage.get());
        for (String name : ModelLocations.VARIABLES) {
            Variable v = env.get(name);
            if (v == null || v.kind() != Variable.Kind.ENV || !v.resolved() || !v.value().get().startsWith("/")) {
                continue;
            }
            String dir = RunCommands.trimSlashes(v.value().get());
            if (dir.equals("/") || dir.equals("/tmp") || dir.startsWith("/tmp/")) {
                continue;
            }
            Optional<TextRange> creator = rootOwnedCreator(ctx.model(), chain, dir);
            if (creator.isPresent()) {
                sink.report(creator.get(), "`" + name + "` directory `" + dir + "` is created by root, but the image runs as `"
                        + user.get().user() + "`");
            }
        }
    }

    /**
     * Where the chain creates {@code dir} as root and never hands it over (the {@code mkdir} or
     * WORKDIR); empty when it does not create it, or makes it writable.
     */
    static Optional<TextRange> rootOwnedCreator(DockerfileModel model, StageChain chain, String dir) {
        TextRange[] creator = new TextRange[1];
        State state = State.ABSENT;
        for (Instruction instruction : chain.instructions()) {
            state = step(model, instruction, dir, state, creator);
        }
        return state == State.ROOT_OWNED ? Optional.of(creator[0]) : Optional.empty();
    }

    private static State step(DockerfileModel model, Instruction instruction, String dir, State state,
                              TextRange[] creator) {
        boolean root = runsAsRoot(model, instruction);
        if (instruction instanceof WorkdirInstruction workdir) {
            Expansion e = model.expand(workdir, workdir.value().text());
            if (state == State.ABSENT && e.isOk() && e.undefined().isEmpty() && creates(e.text(), dir, true)) {
                creator[0] = workdir.range();
                return root ? State.ROOT_OWNED : State.WRITABLE;
            }
        } else if (instruction instanceof CopyInstruction || instruction instanceof AddInstruction) {
            boolean chown = instruction.flag("chown").isPresent() || chmodGrantsWrite(instruction);
            Optional<dev.bulwark.dockerfile.syntax.Word> dest = instruction instanceof CopyInstruction c
                    ? c.destination() : ((AddInstruction) instruction).destination();
            if (dest.isPresent()) {
                Expansion e = model.expand(instruction, dest.get().text());
                String d = RunCommands.trimSlashes(e.text());
                if (e.isOk() && (d.equals(dir) || dir.startsWith(d + "/"))) {
                    // Copied content: a read-only model is fine, so only an explicit hand-over counts.
                    return chown ? State.WRITABLE : state == State.ROOT_OWNED ? state : State.WRITABLE;
                }
            }
        } else if (instruction instanceof RunInstruction run) {
            State s = state;
            for (SimpleCommand command : RunCommands.of(model, run).commands()) {
                s = stepCommand(model, run, command.effective(), dir, s, root, creator);
            }
            return s;
        }
        return state;
    }

    private static State stepCommand(DockerfileModel model, RunInstruction run, SimpleCommand c, String dir,
                                     State state, boolean root, TextRange[] creator) {
        if (c.is("mkdir") && state == State.ABSENT) {
            boolean parents = c.hasFlag(Set.of("-m", "--mode"), "-p", "--parents");
            for (Word w : c.positionals(Set.of("-m", "--mode"))) {
                Optional<String> p = path(model, run, w);
                if (p.isPresent() && creates(p.get(), dir, parents)) {
                    creator[0] = c.range();
                    Optional<Word> modeValue = c.flagValue(Set.of("-m", "--mode"), "-m", "--mode");
                    boolean mode = modeValue.isPresent() && grantsWrite(modeValue.get().value());
                    return root && !mode ? State.ROOT_OWNED : State.WRITABLE;
                }
            }
        } else if (c.is("chown", "chmod", "chgrp") && state == State.ROOT_OWNED) {
            boolean recursive = c.hasFlag("-R", "--recursive");
            List<Word> args = c.positionals(Set.of("--reference", "--from"));
            if (args.size() < 2) {
                return state;
            }
            boolean handsOver = c.is("chmod") ? grantsWrite(args.get(0).value())
                    : !isRootOwner(args.get(0).value()) || c.is("chgrp");
            for (Word w : args.subList(1, args.size())) {
                Optional<String> p = path(model, run, w);
                if (handsOver && p.isPresent() && (p.get().equals(dir) || recursive && dir.startsWith(p.get() + "/"))) {
                    return State.WRITABLE;
                }
            }
        }
        return state;
    }

    // No user known (no stage, or no USER so far) means root.
    private static boolean runsAsRoot(DockerfileModel model, Instruction instruction) {
        Optional<Stage> stage = model.stageOf(instruction);
        if (stage.isEmpty()) {
            return true;
        }
        Optional<UserSpec> user = stage.get().userAt(instruction);
        return user.isEmpty() || user.get().isRoot();
    }

    private static boolean chmodGrantsWrite(Instruction instruction) {
        Optional<Flag> chmod = instruction.flag("chmod");
        return chmod.isPresent() && grantsWrite(chmod.get().valueOrEmpty());
    }

    // `mkdir -p /models/hub` also creates `/models`.
    private static boolean creates(String path, String dir, boolean parents) {
        String p = RunCommands.trimSlashes(path);
        return p.equals(dir) || parents && p.startsWith(dir + "/");
    }

    private static Optional<String> path(DockerfileModel model, RunInstruction run, Word w) {
        if (!w.hasExpansion()) {
            return Optional.of(RunCommands.trimSlashes(w.value()));
        }
        Expansion e = model.expand(run, w.raw());
        return e.isOk() && e.undefined().isEmpty() ? Optional.of(RunCommands.trimSlashes(e.text())) : Optional.empty();
    }

    static boolean grantsWrite(String mode) {
        if (OCTAL.matcher(mode).matches()) {
            int group = mode.charAt(mode.length() - 2) - '0';
            int other = mode.charAt(mode.length() - 1) - '0';
            return (group & 2) != 0 || (other & 2) != 0;
        }
        return SYMBOLIC_WRITE.matcher(mode).find();
    }

    // `chown root:root`, `chown 0.0`, `chown :grp`: the owner part (before `:` or `.`) is root or empty.
    private static boolean isRootOwner(String spec) {
        int end = spec.length();
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) == ':' || spec.charAt(i) == '.') {
                end = i;
                break;
            }
        }
        String owner = spec.substring(0, end);
        return owner.equals("root") || owner.equals("0") || owner.isEmpty();
    }
}
