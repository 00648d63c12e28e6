package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.Assignment;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Native Python extensions built in the final image: a RUN that builds or installs Python
 * packages ({@code pip wheel}, {@code setup.py build_ext}, {@code pip install --no-binary},
 * {@code pip install .}) while a real compiler installed in the image is present, and with
 * evidence that native code is compiled: a forced source build, {@code setup.py build_ext},
 * {@code cmake}/{@code make}/{@code nvcc} in the same RUN, or {@code CMAKE_ARGS},
 * {@code TORCH_CUDA_ARCH_LIST} or {@code FORCE_CUDA} set. One finding per RUN.
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
    private static final Set<String> NATIVE_BUILDERS = Set.of("cmake", "cmake3", "make", "ninja", "nvcc", "gcc",
            "g++", "cc", "c++", "clang", "clang++");
    // Read only by native extension builds: CMake-based packages, torch.utils.cpp_extension, and
    // the FORCE_CUDA switch of detectron2, mmcv and similar CUDA extensions.
    private static final List<String> NATIVE_BUILD_VARIABLES = List.of("CMAKE_ARGS", "TORCH_CUDA_ARCH_LIST",
            "FORCE_CUDA");
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
            if (hasCompiler(kept.tools())) {
                compilersFrom.add(kept.run());
            }
        }
        boolean compilers = false;
        for (Instruction instruction : instructions) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            compilers |= compilersFrom.contains(run);
            if (!compilers) {
                continue;
            }
            // Pure-Python sources install fine with a compiler around: report only a RUN that also
            // shows native code being compiled, once, at its first build command.
            SimpleCommand first = null;
            String what = null;
            boolean nativeCode = configuresNativeBuild(chain, run);
            for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                SimpleCommand c = command.effective();
                nativeCode |= compilesNative(c);
                Optional<Build> build = describe(c);
                if (build.isPresent()) {
                    nativeCode |= build.get().forced();
                    if (first == null) {
                        first = c;
                        what = build.get().what();
                    }
                }
            }
            if (first != null && nativeCode) {
                sink.report(first.nameRange(), what + " compiles native code in the final stage");
            }
        }
    }

    /** A Python build command; {@code forced} when it builds from source whatever the package. */
    private record Build(String what, boolean forced) {
    }

    private static boolean hasCompiler(List<PackageManagerCommand.Package> tools) {
        for (PackageManagerCommand.Package p : tools) {
            if (BuildTools.isCompiler(p.name())) {
                return true;
            }
        }
        return false;
    }

    // `cmake`, `make`, `nvcc` in the RUN (`make -j4 && python setup.py install`), or a variable
    // that only configures native builds on the command (`CMAKE_ARGS=… pip install .`).
    private static boolean compilesNative(SimpleCommand c) {
        Optional<String> program = c.baseName();
        if (program.isPresent() && NATIVE_BUILDERS.contains(program.get())) {
            return true;
        }
        for (Assignment a : c.assignments()) {
            if (NATIVE_BUILD_VARIABLES.contains(a.name())) {
                return true;
            }
        }
        return false;
    }

    // `ENV TORCH_CUDA_ARCH_LIST=…` before `pip install -e .`: torch's extension builder reads it.
    private static boolean configuresNativeBuild(StageChain chain, RunInstruction run) {
        for (Stage stage : chain.stages()) {
            if (!stage.contains(run)) {
                continue;
            }
            Map<String, Variable> variables = stage.variablesAt(run);
            for (String name : NATIVE_BUILD_VARIABLES) {
                Variable v = variables.get(name);
                if (v != null && v.kind() == Variable.Kind.ENV && !v.value().orElse("").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Build> describe(SimpleCommand c) {
        Optional<String> program = c.baseName();
        if (program.isPresent() && ProgramNames.isPip(program.get())) {
            Optional<Word> sub = c.subcommand(PIP_VALUES);
            if (sub.isPresent() && sub.get().is("wheel")) {
                return Optional.of(new Build("`pip wheel`", true));
            }
            if (sub.isEmpty() || !sub.get().is("install")) {
                return Optional.empty();
            }
            if (buildsFromSource(c.flagValues(PIP_VALUES, "--no-binary"))) {
                return Optional.of(new Build("`pip install --no-binary`", true));
            }
            if (anyLocalSource(afterSubcommand(c.positionals(PIP_VALUES)))
                    || anyLocalSource(c.flagValues(PIP_VALUES, "-e", "--editable"))) {
                return Optional.of(new Build("`pip install` of local sources", false));
            }
            return Optional.empty();
        }
        if (program.isEmpty() || !ProgramNames.isPython(program.get())) {
            return Optional.empty();
        }
        List<Word> args = c.arguments();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).is("-m") && args.get(i + 1).is("build")) {
                return Optional.of(new Build("`python -m build`", true));
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
                // An sdist only packs the sources.
                return Optional.of(new Build("`setup.py " + w.value() + "`", !w.value().equals("sdist")));
            }
            if (SETUP_INSTALLS.contains(w.value())) {
                return Optional.of(new Build("`setup.py " + w.value() + "`", false));
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
