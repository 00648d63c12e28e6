package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Mount;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.WorkdirInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.AndOrList;
import dev.bulwark.shell.Pipeline;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A RUN that starts by changing into an absolute directory ({@code RUN cd /app && make}), which
 * WORKDIR says once for every later instruction. Left alone, because WORKDIR is no substitute
 * there: a {@code cd} in the middle of a RUN or in a subshell; a one-step excursion, i.e. into a
 * {@code --mount} target of the same RUN (it exists only during the RUN), a RUN that changes
 * directory again or deletes the directory, or a single RUN that goes to another directory than
 * the stage's own WORKDIR, set before it or after it (a WORKDIR there would leak into the steps
 * that follow). In a stage with no WORKDIR at all, only a directory the stage keeps coming back
 * to (another RUN starts there) or copied its files into is reported: a RUN that downloads or
 * unpacks into a directory once is a step. A {@code cd} into the
 * WORKDIR already in effect is reported as redundant.
 */
@RuleInfo(code = "DF110", name = "cd-instead-of-workdir", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "A RUN starts with `cd` into an absolute directory, where WORKDIR would say it once.",
        fix = "Set `WORKDIR /dir` before the RUN and drop the leading `cd` (drop a `cd` into the current WORKDIR).",
        aliases = {"DL3003"})
public final class CdInsteadOfWorkdir implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (!(i instanceof RunInstruction run)) {
                continue;
            }
            Optional<ShellScript> script = ctx.model().script(run);
            Optional<Stage> stage = ctx.model().stageOf(run);
            if (script.isEmpty() || stage.isEmpty()) {
                continue;
            }
            Optional<SimpleCommand> leading = leadingCd(script.get());
            Optional<String> path = leading.isPresent() ? target(leading.get()) : Optional.empty();
            if (path.isEmpty() || !isPlainDirectory(path.get())) {
                continue;
            }
            String dir = clean(path.get());
            Optional<String> workdir = stage.get().workdirAt(run);
            if (workdir.isPresent() && workdir.get().equals(dir)) {
                sink.report(leading.get().range(), "`cd " + path.get() + "` is redundant: WORKDIR is already " + dir);
            } else if (!isExcursion(ctx, stage.get(), run, script.get(), leading.get(), dir, workdir)) {
                sink.report(leading.get().range(), "`cd " + path.get() + "` at the start of RUN");
            }
        }
    }

    private static boolean isExcursion(DockerfileContext ctx, Stage stage, RunInstruction run, ShellScript script,
            SimpleCommand cd, String dir, Optional<String> workdir) {
        if (underMountTarget(run, dir) || leavesOrRemoves(script, cd, dir)) {
            return true;
        }
        // The stage sets its own working directory, before this RUN or after it; one RUN
        // elsewhere is a step, not a new home (a WORKDIR there would move the steps in between).
        boolean ownWorkdir = workdir.isPresent() && !workdir.get().equals("/") || setsWorkdirElsewhere(stage, dir);
        if (ownWorkdir) {
            return !stageSettlesThere(ctx, stage, run, dir);
        }
        // No WORKDIR anywhere: the directory is a home when the stage keeps coming back to it
        // (another RUN starts there) or put the files this RUN works on there (a COPY into it);
        // a RUN that downloads or unpacks into a directory once is a step.
        return !stageSettlesThere(ctx, stage, run, dir) && !copiedInto(ctx, stage, run, dir);
    }

    private static boolean copiedInto(DockerfileContext ctx, Stage stage, RunInstruction run, String dir) {
        for (CopyDestinations.CopyDestination copy : CopyDestinations.of(ctx.model())) {
            if (copy.stage() == stage && copy.instruction().startLine() < run.startLine() && copy.isAbsolute()) {
                String to = clean(copy.path());
                if (to.equals(dir) || to.startsWith(dir + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean setsWorkdirElsewhere(Stage stage, String dir) {
        List<Instruction> instructions = stage.instructions();
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i) instanceof WorkdirInstruction) {
                // What the WORKDIR sets is in effect from the next instruction on.
                Optional<String> set = i + 1 < instructions.size() ? stage.workdirAt(instructions.get(i + 1))
                        : stage.finalWorkdir();
                if (set.isPresent() && !set.get().equals("/") && !set.get().equals(dir)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean underMountTarget(RunInstruction run, String dir) {
        for (Mount mount : run.mounts()) {
            Optional<String> target = mount.target();
            if (target.isPresent() && target.get().startsWith("/")) {
                String t = clean(target.get());
                if (dir.equals(t) || dir.startsWith(t.endsWith("/") ? t : t + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    // A later cd out of the directory (bare `cd`, `cd -`, `cd ~`, `popd`, an absolute path outside
    // it) or an rm of the directory, in the same RUN. A relative cd goes deeper and does not count.
    private static boolean leavesOrRemoves(ShellScript script, SimpleCommand cd, String dir) {
        for (SimpleCommand c : script.commandsAfter(cd)) {
            if (c.insideSubstitution()) {
                continue;
            }
            if (c.is("popd") || c.is("cd") && leaves(c, dir)) {
                return true;
            }
            if (c.is("rm")) {
                for (Word w : c.positionals(Set.of())) {
                    Optional<String> removed = w.literal();
                    if (removed.isPresent() && removed.get().startsWith("/") && clean(removed.get()).equals(dir)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean leaves(SimpleCommand cd, String dir) {
        List<Word> dirs = cd.positionals(Set.of());
        if (dirs.isEmpty()) {
            return true;
        }
        Optional<String> to = dirs.get(0).literal();
        if (to.isEmpty()) {
            return false;
        }
        String t = to.get();
        if (t.equals("-") || t.equals("~") || t.startsWith("~/")) {
            return true;
        }
        return t.startsWith("/") && !clean(t).equals(dir) && !clean(t).startsWith(dir + "/");
    }

    // Another RUN of the stage starts there too, or a later WORKDIR moves there.
    private static boolean stageSettlesThere(DockerfileContext ctx, Stage stage, RunInstruction run, String dir) {
        for (Instruction other : stage.instructions()) {
            if (other != run && other.startLine() > run.startLine()) {
                Optional<String> workdir = stage.workdirAt(other);
                if (workdir.isPresent() && workdir.get().equals(dir)) {
                    return true;
                }
            }
            if (other == run || !(other instanceof RunInstruction r)) {
                continue;
            }
            Optional<ShellScript> script = ctx.model().script(r);
            Optional<SimpleCommand> cd = script.isPresent() ? leadingCd(script.get()) : Optional.empty();
            Optional<String> path = cd.isPresent() ? target(cd.get()) : Optional.empty();
            if (path.isPresent() && path.get().startsWith("/") && clean(path.get()).equals(dir)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> target(SimpleCommand cd) {
        List<Word> dirs = cd.positionals(Set.of());
        return dirs.isEmpty() ? Optional.empty() : dirs.get(0).literal();
    }

    // Without a trailing slash (except for `/` itself), so `/app/` and `/app` compare equal.
    private static String clean(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    // An absolute, literal directory other than `/` (a clone target) and the temporary directories.
    private static boolean isPlainDirectory(String path) {
        return path.startsWith("/") && !path.equals("/") && !path.startsWith("/tmp") && !hasGlob(path);
    }

    private static boolean hasGlob(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /** The first top-level command after any leading {@code set} options, when it is {@code cd}. */
    private static Optional<SimpleCommand> leadingCd(ShellScript script) {
        for (AndOrList list : script.body().items()) {
            for (Pipeline pipeline : list.pipelines()) {
                if (pipeline.commands().size() != 1 || !(pipeline.commands().get(0) instanceof SimpleCommand c)) {
                    return Optional.empty();
                }
                if (!c.is("set")) {
                    return c.is("cd") ? Optional.of(c) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
