package dev.bulwark.rules.dockerfile;

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
import java.util.regex.Pattern;

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
    // Python packages that compile kernels with the C compiler and the Python headers at run time.
    private static final Set<String> RUNTIME_JIT_PACKAGES = Set.of("triton", "vllm", "sglang", "flashinfer-python",
            "deepspeed", "xformers", "torchao", "liger-kernel", "unsloth");
    // What the JIT needs: a C compiler and the Python headers.
    private static final Set<String> JIT_TOOLS = Set.of("gcc", "g++", "gcc-c++", "clang", "build-essential");
    private static final Pattern VERSIONED_COMPILER = Pattern.compile("(?:gcc|g\\+\\+|clang)-[\\d.]+");
    private static final Pattern PYTHON_HEADERS = Pattern.compile(
            "(?:lib)?python[\\d.]*(?:\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?)?-dev(?:el)?");

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
        for (String word : name.toLowerCase(Locale.ROOT).split("[._-]")) {
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
        boolean jitTool = JIT_TOOLS.contains(name) || VERSIONED_COMPILER.matcher(name).matches()
                || PYTHON_HEADERS.matcher(name).matches();
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
            pythonHeaders |= PYTHON_HEADERS.matcher(p.name()).matches();
        }
        return cudaJit && pythonHeaders && !name.equals("build-essential");
    }

    /** Whether a RUN of the image pip-installs a library that compiles kernels at run time. */
    static boolean installsJitLibrary(DockerfileModel model, List<Instruction> instructions) {
        return PipInstalls.installsAny(model, instructions, RUNTIME_JIT_PACKAGES);
    }
}
