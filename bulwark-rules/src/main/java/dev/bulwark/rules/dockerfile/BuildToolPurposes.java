package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Splits;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Package;
import dev.bulwark.shell.Assignment;
import dev.bulwark.shell.SimpleCommand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Images whose compilers are their purpose, not a leftover of the build (issue 9): development
 * images, images that compile CUDA code themselves (so their base is a toolchain, whatever its
 * name), and images whose libraries compile kernels when they run (Triton, which vLLM, SGLang and
 * torch.compile use, runs gcc against Python.h at run time; NVRTC and nvcc installed next to gcc
 * say the same).
 */
final class BuildToolPurposes {
    private static final Set<String> DEV_WORDS = Set.of("dev", "devel", "development", "develop");
    // Variables only a CUDA source build reads.
    private static final Set<String> CUDA_BUILD_VARIABLES = Set.of("TORCH_CUDA_ARCH_LIST", "FLASH_ATTENTION_FORCE_BUILD",
            "CUDA_HOME", "CUDACXX");
    // Python packages that compile kernels with the C compiler and the Python headers at run time
    // (Jittor is a JIT framework; mujoco-py builds its extension on first import; CompilerGym's
    // LLVM environments compile programs as they run).
    private static final Set<String> RUNTIME_JIT_PACKAGES = Set.of("triton", "vllm", "sglang", "flashinfer-python",
            "deepspeed", "xformers", "torchao", "liger-kernel", "unsloth", "jittor", "mujoco-py", "compiler-gym");
    // What the JIT needs: a C compiler and the Python headers.
    private static final Set<String> JIT_TOOLS = Set.of("gcc", "g++", "gcc-c++", "clang", "build-essential");
    // `gcc-12`, `clang-17`: matched by hand, no regular expression on the Dockerfile path (start-up).
    private static final Set<String> VERSIONED_COMPILERS = Set.of("gcc", "g++", "clang");

    private BuildToolPurposes() {
    }

    /**
     * A development image: its file ({@code Dockerfile.dev}, {@code dev.Dockerfile},
     * {@code Dockerfile.devel-gpu}) or a stage of the shipped chain ({@code dev}, {@code dev-image},
     * {@code devel}) says so, the latter also when chosen by a {@code FROM ${BUILD_TYPE}-image}
     * whose default is {@code dev}.
     */
    static boolean isDevelopmentImage(String path, StageChain chain) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (hasDevWord(file)) {
            return true;
        }
        for (Stage stage : chain.stages()) {
            Optional<String> name = stage.name();
            if (name.isPresent() && hasDevWord(name.get())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDevWord(String name) {
        for (String word : Splits.onEachOf(name.toLowerCase(Locale.ROOT), "._-")) {
            if (DEV_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the image compiles CUDA code itself: it runs {@code nvcc}, or sets a variable only a
     * CUDA source build reads ({@code TORCH_CUDA_ARCH_LIST}, {@code FLASH_ATTENTION_FORCE_BUILD},
     * {@code CUDA_HOME}) for a {@code pip install --no-build-isolation}. Its base has the CUDA
     * toolchain, even when a third-party tag hides a CUDA {@code -devel} root.
     */
    static boolean compilesCuda(DockerfileModel model, List<Instruction> instructions) {
        boolean cudaVariable = false;
        boolean sourceBuild = false;
        for (Instruction instruction : instructions) {
            if (instruction instanceof EnvInstruction env) {
                cudaVariable |= setsCudaVariable(env.pairs());
            } else if (instruction instanceof ArgInstruction arg) {
                for (ArgDeclaration declaration : arg.declarations()) {
                    cudaVariable |= CUDA_BUILD_VARIABLES.contains(declaration.name());
                }
            } else if (instruction instanceof RunInstruction run) {
                for (SimpleCommand command : RunCommands.of(model, run).commands()) {
                    SimpleCommand c = command.effective();
                    if (c.is("nvcc")) {
                        return true;
                    }
                    boolean noIsolation = ProgramNames.runsPip(c) && c.hasFlag("--no-build-isolation");
                    sourceBuild |= noIsolation;
                    if (noIsolation && assignsCudaVariable(command.assignments())) {
                        return true;
                    }
                }
            }
        }
        return cudaVariable && sourceBuild;
    }

    private static boolean setsCudaVariable(List<KeyValue> pairs) {
        for (KeyValue pair : pairs) {
            if (CUDA_BUILD_VARIABLES.contains(pair.key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean assignsCudaVariable(List<Assignment> assignments) {
        for (Assignment a : assignments) {
            if (CUDA_BUILD_VARIABLES.contains(a.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The C compiler and Python headers of an install the image needs at run time: the image
     * pip-installs a library that compiles kernels when it runs, or the same command installs them
     * with a CUDA JIT compiler ({@code cuda-nvcc-*}, {@code cuda-nvrtc-*}).
     */
    static boolean isRuntimeJitTool(Package tool, List<Package> sameInstall, boolean jitLibraryInstalled) {
        String name = tool.name();
        boolean jitTool = JIT_TOOLS.contains(name) || isVersionedCompiler(name)
                || isPythonHeaders(name);
        if (!jitTool) {
            return false;
        }
        if (jitLibraryInstalled) {
            return true;
        }
        // Without a JIT library in sight, the signature is the install itself: a CUDA JIT compiler
        // with the Python headers (nvcc alone is also XLA's ptxas, which needs no gcc).
        boolean cudaJit = false;
        boolean pythonHeaders = false;
        for (Package p : sameInstall) {
            cudaJit |= p.name().startsWith("cuda-nvcc") || p.name().startsWith("cuda-nvrtc")
                    || p.name().startsWith("nvidia-cuda-nvcc");
            pythonHeaders |= isPythonHeaders(p.name());
        }
        return cudaJit && pythonHeaders && !name.equals("build-essential");
    }

    /** Whether a RUN of the image pip-installs a library that compiles kernels at run time. */
    static boolean installsJitLibrary(DockerfileModel model, List<Instruction> instructions) {
        return PipInstalls.installsAny(model, instructions, RUNTIME_JIT_PACKAGES);
    }

    /** {@code (?:gcc|g\+\+|clang)-[\d.]+} */
    static boolean isVersionedCompiler(String name) {
        int dash = name.indexOf('-');
        return dash > 0 && dash < name.length() - 1 && VERSIONED_COMPILERS.contains(name.substring(0, dash))
                && onlyOf(name, dash + 1, name.length(), "0123456789.");
    }

    /** {@code (?:lib)?python[\d.]*(?:\$\{?[A-Za-z_][A-Za-z0-9_]*}?)?-dev(?:el)?}: {@code python3.11-dev}, {@code libpython${PY}-dev}. */
    static boolean isPythonHeaders(String name) {
        int end = name.endsWith("-devel") ? name.length() - 6 : name.endsWith("-dev") ? name.length() - 4 : -1;
        if (end < 0) {
            return false;
        }
        int i = name.startsWith("libpython") ? 9 : name.startsWith("python") ? 6 : -1;
        if (i < 0) {
            return false;
        }
        while (i < end && ("0123456789.".indexOf(name.charAt(i)) >= 0)) {
            i++;
        }
        if (i == end) {
            return true;
        }
        if (name.charAt(i) != '$') {
            return false;
        }
        i++;
        boolean brace = i < end && name.charAt(i) == '{';
        if (brace) {
            i++;
        }
        int start = i;
        while (i < end && (Character.isLetterOrDigit(name.charAt(i)) && name.charAt(i) < 128 || name.charAt(i) == '_')) {
            i++;
        }
        if (i == start || Character.isDigit(name.charAt(start))) {
            return false;
        }
        if (i < end && name.charAt(i) == '}') {
            i++;
        }
        return i == end;
    }

    private static boolean onlyOf(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
