package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.ExecForm;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CMD or ENTRYPOINT in shell form under the default shell: {@code /bin/sh -c} becomes PID 1 and
 * does not forward SIGTERM to the program, and a shell-form ENTRYPOINT ignores CMD and the
 * {@code docker run} arguments. Not reported when a SHELL is in effect, as BuildKit, when the
 * script ends in {@code exec} or in an interactive shell, for a toolchain image's placeholder
 * compiler command, nor for a CMD behind an init that signals the whole process group
 * ({@code tini -g}, {@code dumb-init}).
 */
@RuleInfo(code = "DF092", name = "shell-form-command", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "CMD or ENTRYPOINT uses shell form, so `/bin/sh` runs as PID 1 and swallows stop signals.",
        fix = "Use the JSON exec form: `CMD [\"python\", \"app.py\"]`.",
        aliases = {"DL3025", "JSONArgsRecommended"}, autofix = FixApplicability.SAFE)
public final class ShellFormCommand implements DockerfileRule {
    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");
    private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "ash", "dash", "ksh", "fish");
    private static final Set<String> SHELL_FLAGS = Set.of("-i", "-l", "--login", "--norc", "--noprofile");

    // The script's last command is `exec …` (the fix this rule gives: the program replaces sh as
    // PID 1), or the whole script is a bare interactive shell, which starts no service to stop.
    private static boolean signalsHandled(DockerfileContext ctx, Instruction instruction) {
        Optional<ShellScript> script = ctx.model().script(instruction);
        if (script.isEmpty() || script.get().hasProblems()) {
            return false;
        }
        List<SimpleCommand> top = new ArrayList<>();
        for (SimpleCommand c : script.get().commands()) {
            if (!c.insideSubstitution()) {
                top.add(c);
            }
        }
        if (top.isEmpty()) {
            return false;
        }
        SimpleCommand last = top.get(top.size() - 1);
        if (last.is("exec") && !last.arguments().isEmpty() && last.pipeline() != null
                && last.pipeline().commands().size() == 1) {
            return true;
        }
        // A toolchain image's placeholder command (`CMD hexagon-clang++`): CI runs its own build
        // script in the image; a compiler is no service to stop.
        if (top.size() == 1 && ShippedImage.isCompiler(last.baseName().orElse(""))) {
            return true;
        }
        // The script ends in an interactive shell (`ssh-keygen … && /bin/bash`): a prompt for a
        // person, no service to stop.
        return last.redirections().isEmpty() && SHELLS.contains(last.baseName().orElse(""))
                && onlyShellFlags(last.arguments()) && (last.pipeline() == null
                || last.pipeline().commands().size() == 1);
    }

    /**
     * A CMD started by an init that signals the whole process group, so that the program behind
     * {@code sh -c} gets SIGTERM too: {@code tini -g} or {@code dumb-init} (unless
     * {@code --single-child}) as the ENTRYPOINT in effect, written in the file or inherited from
     * Jupyter's docker-stacks images, whose ENTRYPOINT is {@code ["tini", "-g", "--", "start.sh"]}.
     */
    private static boolean groupSignallingInit(Stage stage, Instruction instruction) {
        if (!(instruction instanceof CmdInstruction)) {
            return false;
        }
        StageChain chain = StageChain.of(stage);
        Optional<EntrypointInstruction> entrypoint = chain.entrypoint();
        if (entrypoint.isEmpty()) {
            return chain.stages().get(0).base() instanceof ImageBase base && base.ref() instanceof ImageName image
                    && isDockerStacks(image);
        }
        if (!(entrypoint.get().command() instanceof ExecForm exec) || exec.values().isEmpty()) {
            return false;
        }
        List<String> argv = exec.values();
        String init = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        if (init.equals("dumb-init")) {
            return !argv.contains("--single-child") && !argv.contains("-c");
        }
        return (init.equals("tini") || init.equals("tini-static")) && (argv.contains("-g") || argv.contains("-gs")
                || argv.contains("-sg"));
    }

    private static boolean isDockerStacks(ImageName image) {
        String name = image.familiarName();
        return name.startsWith("jupyter/") || name.startsWith("quay.io/jupyter/");
    }

    private static boolean onlyShellFlags(List<Word> args) {
        for (Word w : args) {
            if (!SHELL_FLAGS.contains(w.value())) {
                return false;
            }
        }
        return true;
    }

    private static void report(DockerfileContext ctx, Stage stage, Instruction i, FindingSink sink) {
        // The worse half of a shell-form ENTRYPOINT: the stage's CMD never reaches it.
        String message = "`" + i.keyword() + "` in shell form"
                + (i instanceof EntrypointInstruction && hasCmd(stage)
                        ? ": it ignores the stage's CMD and any `docker run` arguments" : "");
        Optional<ExecFormText> exec = sink.wantsFixes() ? ExecFormText.of(ctx, i) : Optional.empty();
        if (exec.isEmpty()) {
            sink.report(i.keywordRange(), message);
            return;
        }
        // Shell form ENTRYPOINT ignores CMD and `docker run` arguments; exec form appends them,
        // which changes what runs when the stage also has a CMD.
        boolean appendsCmd = i instanceof EntrypointInstruction && hasCmd(stage);
        String description = "use exec form " + exec.get().json();
        TextEdit edit = TextEdit.replace(exec.get().range(), exec.get().json());
        sink.report(i.keywordRange(), message, appendsCmd ? Fix.unsafe(description, edit) : Fix.safe(description, edit));
    }

    private static boolean hasCmd(Stage stage) {
        for (Instruction i : stage.instructions()) {
            if (i instanceof CmdInstruction) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            for (Instruction i : stage.instructions()) {
                boolean shellForm = i instanceof CmdInstruction c && c.command() instanceof ShellForm
                        || i instanceof EntrypointInstruction e && e.command() instanceof ShellForm;
                // A broken JSON array is exec-form-fell-back-to-shell's finding.
                if (shellForm && stage.shellAt(i).equals(DEFAULT_SHELL) && !i.arguments().text().isBlank()
                        && !ExecFormFallback.attemptedJson(i.arguments().text()) && !signalsHandled(ctx, i)
                        && !groupSignallingInit(stage, i)) {
                    report(ctx, stage, i, sink);
                }
            }
        }
    }
}
