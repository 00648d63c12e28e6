package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Python wheels or packages built in the final image: {@code pip wheel}, {@code setup.py
 * bdist_wheel}/{@code build}, {@code python -m build}, {@code pip install --no-binary}; and
 * {@code pip install .} or {@code setup.py install} of local sources while compilers installed in
 * the image are still there, so native extensions are compiled in it.
 */
@RuleInfo(code = "DF021", name = "package-built-in-final-stage", practice = Practice.MULTI_STAGE_BUILD,
        severity = Severity.INFO,
        summary = "Python wheels or native extensions are built in the final image instead of a builder stage.",
        fix = "Build wheels in a builder stage (`pip wheel -w /wheels`) and `pip install` them from `COPY --from` in the final stage.")
public final class PackageBuiltInFinalStage implements DockerfileRule {
    private static final Set<String> PIP_VALUES = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
            "--editable", "-t", "--target", "--platform", "--python-version", "--implementation", "--abi", "--root",
            "--prefix", "--src", "--upgrade-strategy", "-i", "--index-url", "--extra-index-url", "-f",
            "--find-links", "--global-option", "-C", "--config-settings", "--cache-dir", "--log", "--proxy",
            "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert",
            "--progress-bar", "--python", "--report", "--only-binary", "--no-binary", "-w", "--wheel-dir");
    private static final Set<String> SETUP_BUILDS = Set.of("build", "build_ext", "bdist_wheel", "bdist", "bdist_egg",
            "sdist");
    private static final Set<String> SETUP_INSTALLS = Set.of("install", "develop");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> last = ctx.model().finalStage();
        if (last.isEmpty()) {
            return;
        }
        StageChain chain = StageChain.of(last.get());
        if (!ShippedImage.of(ctx.model()).runsApplication()) {
            return;
        }
        List<Instruction> instructions = chain.instructions();
        // Runs after which installed (and not removed) compilers are present.
        // By identity: an instruction's structural hash walks its whole syntax tree.
        Set<RunInstruction> compilersFrom = Collections.newSetFromMap(new IdentityHashMap<>());
        for (BuildTools.KeptInstall kept : BuildTools.kept(ctx.model(), instructions)) {
            compilersFrom.add(kept.run());
        }
        boolean compilers = false;
        for (Instruction instruction : instructions) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            compilers |= compilersFrom.contains(run);
            for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                Optional<String> what = describe(command.effective(), compilers);
                if (what.isPresent()) {
                    sink.report(command.effective().nameRange(), what.get() + " builds in the final stage");
                }
            }
        }
    }

    private static Optional<String> describe(SimpleCommand c, boolean compilers) {
        Optional<String> program = c.baseName();
        if (program.isPresent() && ProgramNames.isPip(program.get())) {
            Optional<Word> sub = c.subcommand(PIP_VALUES);
            if (sub.isPresent() && sub.get().is("wheel")) {
                return Optional.of("`pip wheel`");
            }
            if (sub.isEmpty() || !sub.get().is("install")) {
                return Optional.empty();
            }
            if (buildsFromSource(c.flagValues(PIP_VALUES, "--no-binary"))) {
                return Optional.of("`pip install --no-binary`");
            }
            if (compilers && (anyLocalSource(afterSubcommand(c.positionals(PIP_VALUES)))
                    || anyLocalSource(c.flagValues(PIP_VALUES, "-e", "--editable")))) {
                return Optional.of("`pip install` of local sources with compilers present");
            }
            return Optional.empty();
        }
        if (program.isEmpty() || !ProgramNames.isPython(program.get())) {
            return Optional.empty();
        }
        List<Word> args = c.arguments();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).is("-m") && args.get(i + 1).is("build")) {
                return Optional.of("`python -m build`");
            }
        }
        int setup = -1;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).value().equals("setup.py") || args.get(i).value().endsWith("/setup.py")) {
                setup = i;
                break;
            }
        }
        if (setup < 0) {
            return Optional.empty();
        }
        for (Word w : args.subList(setup + 1, args.size())) {
            if (SETUP_BUILDS.contains(w.value())) {
                return Optional.of("`setup.py " + w.value() + "`");
            }
            if (compilers && SETUP_INSTALLS.contains(w.value())) {
                return Optional.of("`setup.py " + w.value() + "` with compilers present");
            }
        }
        return Optional.empty();
    }

    // `--no-binary :none:` allows wheels for every package again.
    private static boolean buildsFromSource(List<Word> noBinaryValues) {
        for (Word w : noBinaryValues) {
            if (!w.value().equals(":none:")) {
                return true;
            }
        }
        return false;
    }

    private static List<Word> afterSubcommand(List<Word> positionals) {
        return positionals.isEmpty() ? positionals : positionals.subList(1, positionals.size());
    }

    private static boolean anyLocalSource(List<Word> words) {
        for (Word w : words) {
            if (localSource(w)) {
                return true;
            }
        }
        return false;
    }

    // `.`, `./pkg`, `/src/pkg`, `.[extra]`: a source tree, not a built wheel or archive.
    private static boolean localSource(Word word) {
        String v = word.value();
        boolean path = v.equals(".") || v.startsWith("./") || v.startsWith(".[") || v.startsWith("/");
        return path && !v.endsWith(".whl") && !v.contains(".whl[") && !v.endsWith(".tar.gz") && !v.endsWith(".zip");
    }
}
