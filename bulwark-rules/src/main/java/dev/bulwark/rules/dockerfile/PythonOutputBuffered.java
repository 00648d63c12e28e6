package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.CommandForm;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.ExecForm;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.Assignment;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The image's main process is Python ({@code python app.py}, {@code uvicorn}, {@code gunicorn}, …)
 * but {@code PYTHONUNBUFFERED} is not set and {@code python -u} is not used: stdout to a pipe is
 * block-buffered, so {@code docker logs} lags and the last lines are lost when the process dies.
 * The command line is read as ENTRYPOINT plus CMD: {@code ENTRYPOINT ["python3"]} with
 * {@code CMD ["-u", "app.py"]} is unbuffered.
 */
@RuleInfo(code = "DF084", name = "python-output-buffered", practice = Practice.HEALTH_MONITORING,
        severity = Severity.INFO,
        summary = "A Python main process runs without `PYTHONUNBUFFERED`, so its output reaches the logs late or never.",
        fix = "Add `ENV PYTHONUNBUFFERED=1` (or start with `python -u`).",
        autofix = FixApplicability.UNSAFE)
public final class PythonOutputBuffered implements DockerfileRule {
    // Console scripts that run the application in the Python interpreter itself.
    private static final Set<String> PYTHON_PROGRAMS = Set.of("uvicorn", "gunicorn", "hypercorn", "daphne",
            "waitress-serve", "flask", "fastapi", "streamlit", "celery", "huey_consumer", "rq", "dramatiq",
            "gradio", "chainlit", "bentoml", "mlflow");
    private static final String VARIABLE = "PYTHONUNBUFFERED";
    private static final Set<String> KNOWN_IMAGES = Set.of("nvidia/cuda", "pytorch/pytorch", "tensorflow/tensorflow");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        // A prompt or an environment has no log to lose: only an application's main process does.
        if (finalStage.isEmpty() || !ShippedImage.of(ctx.model()).runsApplication()) {
            return;
        }
        // Python reads any non-empty value as "unbuffered", even `0`.
        Variable v = finalStage.get().finalVariables().get(VARIABLE);
        if (v != null && v.kind() == Variable.Kind.ENV && !v.value().orElse("").isEmpty()) {
            return;
        }
        StageChain chain = StageChain.of(finalStage.get());
        if (!knownBase(chain.stages().get(0))) {
            return;
        }
        for (Instruction start : chain.starts()) {
            if (setsVariable(ctx, start)) {
                return;
            }
            for (Invocations.Invocation inv : Invocations.of(ctx.model(), start)) {
                String program = inv.program();
                boolean python = ProgramNames.isPython(program);
                if (python && unbufferedFlag(effectiveArgv(chain, start, inv.argv()))) {
                    return;
                }
                if (python || PYTHON_PROGRAMS.contains(program)) {
                    // Unsafe: the variable reaches every process of the container, children included.
                    sink.report(inv.range(), "`" + program + "` runs without `PYTHONUNBUFFERED`",
                            Fix.unsafe("add `ENV " + VARIABLE + "=1`",
                                    NewInstruction.before(ctx, start, "ENV", VARIABLE + "=1")));
                    return;
                }
            }
        }
    }

    /**
     * The interpreter's argv as the container runs it: an exec-form ENTRYPOINT that ends in the
     * interpreter (`["python3"]`, `["tini", "--", "python"]`) receives an exec-form CMD as further
     * arguments, so `CMD ["-u", "app.py"]` makes it unbuffered.
     */
    private static List<String> effectiveArgv(StageChain chain, Instruction start, List<String> argv) {
        Optional<CmdInstruction> cmd = chain.cmd();
        if (!(start instanceof EntrypointInstruction e) || !(e.command() instanceof ExecForm entrypoint)
                || cmd.isEmpty() || !(cmd.get().command() instanceof ExecForm args)) {
            return argv;
        }
        List<String> values = entrypoint.values();
        if (values.size() < argv.size() || !values.subList(values.size() - argv.size(), values.size()).equals(argv)) {
            return argv;
        }
        List<String> all = new ArrayList<>(argv);
        all.addAll(args.values());
        return all;
    }

    /**
     * Whether the base image is one whose environment is known (official images, the CUDA,
     * PyTorch and TensorFlow images): a project's own base image may well set the variable.
     */
    private static boolean knownBase(Stage root) {
        if (!(root.base() instanceof ImageBase base) || !base.fullyResolved() || !(base.ref() instanceof ImageName image)) {
            return false;
        }
        return image.isOfficialImage() || KNOWN_IMAGES.contains(image.familiarName());
    }

    /** {@code PYTHONUNBUFFERED=1 python …} or {@code ["env", "PYTHONUNBUFFERED=1", …]}. */
    private static boolean setsVariable(DockerfileContext ctx, Instruction start) {
        CommandForm form = start instanceof CmdInstruction c ? c.command() : ((EntrypointInstruction) start).command();
        if (form instanceof ExecForm exec) {
            for (String arg : exec.values()) {
                if (arg.startsWith(VARIABLE + "=")) {
                    return true;
                }
            }
            return false;
        }
        Optional<ShellScript> script = ctx.model().script(start);
        if (script.isEmpty()) {
            return false;
        }
        for (SimpleCommand command : script.get().commands()) {
            List<Assignment> all = new ArrayList<>(command.effective().assignments());
            all.addAll(command.declarations());
            for (Assignment a : all) {
                if (a.name().equals(VARIABLE) && !a.value().value().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    // `python -u app.py`, `python -Bu app.py`: options before the script or module.
    private static boolean unbufferedFlag(List<String> argv) {
        for (String arg : argv.subList(1, argv.size())) {
            if (!arg.startsWith("-") || arg.startsWith("--") || arg.equals("-")) {
                return false;
            }
            String letters = arg.substring(1);
            int cut = indexOfAny(letters, "cmWX");
            String flags = cut < 0 ? letters : letters.substring(0, cut);
            if (flags.indexOf('u') >= 0) {
                return true;
            }
            if (cut >= 0) {
                return false;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
