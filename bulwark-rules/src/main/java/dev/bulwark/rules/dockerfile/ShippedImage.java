package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.BaseImage;
import dev.bulwark.dockerfile.model.Derivation;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.ExposeInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.LabelInstruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.dockerfile.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The image a Dockerfile builds by default, its final stage with the stages it is built FROM
 * (spec 1.11), and what that image is for. Stages that only feed other stages (through COPY
 * --from or RUN --mount) do not ship. The image either runs an application, or it is an
 * environment: a base image for other builds, a build or CI toolbox, an interactive workbench,
 * an SSH-reachable training node. Only an application is asked to run as non-root, to be
 * minimal, and, when it serves, to have a HEALTHCHECK; a platform that runs the image itself
 * (AWS Lambda, SageMaker) owns some of those concerns. One answer, computed once per model, for
 * every "what ships" and "what serves" rule.
 */
final class ShippedImage {
    // Programs that open an environment for a person, rather than run an application.
    private static final Set<String> INTERACTIVE = Set.of("sshd", "jupyter", "jupyter-lab", "jupyter-notebook",
            "jupyterhub", "start-notebook.sh", "start-notebook.py", "start-singleuser.sh", "start-singleuser.py",
            "code-server", "rstudio-server", "rserver", "ipython",
            // Jupyter Enterprise Gateway's kernel images start a kernel for a remote notebook.
            "bootstrap-kernel.sh");
    // Compilers and wheel builders: as the image's command they are a placeholder of a toolchain
    // image (tflite-micro's `CMD hexagon-clang++`), which CI runs with its own build script.
    private static final Set<String> COMPILERS = Set.of("gcc", "g++", "cc", "c++", "clang", "clang++", "nvcc",
            "gfortran", "icx", "icpx", "maturin", "cmake");
    // Cross compilers are named after their target: `aarch64-linux-gnu-gcc`, `xt-clang++`.
    private static final List<String> COMPILER_SUFFIXES = List.of("-gcc", "-g++", "-clang", "-clang++", "-cc",
            "-c++");
    // Arguments that make a command print its usage or version and exit.
    private static final Set<String> HELP = Set.of("--help", "-h", "help", "--version", "-V", "version");
    // Programs that, run last, keep a container up for someone to `exec` into.
    private static final Set<String> KEEP_ALIVE = Set.of("sleep", "tail");
    // Shells and interpreters that, started without a script or program, open a prompt.
    private static final Set<String> PROMPTS = Set.of("bash", "sh", "zsh", "ash", "dash", "fish", "node", "R", "irb",
            "julia");
    // The KServe SDK: an image that installs it is a KServe model server or transformer.
    private static final Set<String> KSERVE_PACKAGES = Set.of("kserve");
    // Shells: as a bare ENTRYPOINT they run whatever command `docker run` passes.
    private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "ash", "dash", "fish");
    // Official and vendor images whose own CMD or ENTRYPOINT starts a server, from their published
    // Dockerfiles: an image built on one without a command of its own runs that server.
    private static final Map<String, String> INHERITED_SERVERS = Map.of(
            "nginx", "nginx",
            "httpd", "httpd",
            "vllm/vllm-openai", "vllm",
            "tensorflow/serving", "tensorflow_model_server",
            "ghcr.io/huggingface/text-generation-inference", "text-generation-launcher",
            "ollama/ollama", "ollama serve");
    // Programs whose role is chosen when the container starts (a Locust master serves its UI, a
    // worker nothing; a Ray or Dask head, or a worker), or that launch distributed training, whose
    // ports are for their peers: no one probe fits the image.
    private static final Set<String> PEER_ROLES = Set.of("locust", "ray", "dask", "dask-scheduler", "dask-worker",
            "spark-class", "mpirun", "mpiexec", "horovodrun", "torchrun", "deepspeed");
    // A handler names a function, not a file: `app.py` or `run.sh` as a lone CMD is a program.
    private static final Set<String> SCRIPT_EXTENSIONS = Set.of("py", "sh", "js", "mjs", "pl", "rb", "jar", "bin",
            "exe", "R");
    // Ports people attach to rather than a service's: SSH, debugpy, the JVM's and Node's
    // debuggers, Chrome's DevTools. A probe of them says nothing about the application.
    private static final Set<String> ATTACH_PORTS = Set.of("22", "2222", "5678", "5005", "9229", "9222");
    // RStudio Server's port, which rocker's IDE images expose.
    private static final String RSTUDIO_PORT = "8787";
    private static final Derivation<Dockerfile, ShippedImage> OF = new Compute();

    /** Where a platform runs the image itself, with its own user or health checks. */
    enum Platform {
        /** AWS Lambda: the runtime runs the function as its own unprivileged user and checks it through its API. */
        LAMBDA,
        /** Amazon SageMaker: it probes the serving container's {@code /ping} itself. */
        SAGEMAKER,
        /** KServe: a predictor or transformer on Kubernetes, whose probes the InferenceService sets. */
        KSERVE
    }

    /**
     * How the image serves: the server it starts ({@code startsServer}, {@code description} such
     * as {@code uvicorn}), else the ports it exposes ({@code description} such as {@code 8080}).
     * {@code range} is where that is written.
     */
    record Service(TextRange range, String description, boolean startsServer) {
    }

    // Test runners: an image that starts one exists to run a test suite.
    private static final Set<String> TEST_RUNNERS = Set.of("pytest", "py.test", "tox", "nox");
    private static final Set<String> TEST_MODULES = Set.of("pytest", "unittest");

    private final Optional<StageChain> chain;
    private final boolean runsApplication;
    private final boolean runsTestSuite;
    private final Optional<Platform> platform;
    private final Optional<Service> service;

    private ShippedImage(DockerfileModel model) {
        Optional<Stage> last = model.finalStage();
        this.chain = last.isPresent() ? Optional.of(StageChain.of(last.get())) : Optional.empty();
        List<Invocations.Invocation> started = new ArrayList<>();
        boolean environment = false;
        boolean testSuite = false;
        Optional<String> inherited = Optional.empty();
        if (chain.isPresent()) {
            List<Instruction> starts = chain.get().starts();
            for (int i = 0; i < starts.size(); i++) {
                List<Invocations.Invocation> invocations = Invocations.of(model, starts.get(i));
                boolean lastStart = i == starts.size() - 1;
                // ENTRYPOINT ["python"] with CMD ["app.py"] runs app.py, and without a CMD awaits the
                // program as arguments: only a CMD can be a bare prompt. A `sleep 1` in a script's
                // loop keeps nothing up.
                boolean defaultCommand = lastStart && starts.get(i) instanceof CmdInstruction;
                // ENTRYPOINT ["bash"] without a CMD (issue 9): `docker run image script.sh` picks
                // the command, and without one a prompt opens; an environment, as with no command.
                boolean entrypointAlone = starts.size() == 1 && starts.get(i) instanceof EntrypointInstruction;
                for (int k = 0; k < invocations.size(); k++) {
                    Invocations.Invocation inv = invocations.get(k);
                    started.add(inv);
                    testSuite |= runsTests(inv);
                    environment |= environment(inv, defaultCommand, entrypointAlone,
                            lastStart && k == invocations.size() - 1) || startsRStudio(chain.get(), inv);
                }
            }
            inherited = starts.isEmpty() ? inheritedServer(chain.get()) : Optional.empty();
        }
        environment |= chain.isPresent() && startsScriptsOnly(started) && preparesSshd(chain.get());
        this.runsApplication = !environment && (!started.isEmpty() || inherited.isPresent());
        this.runsTestSuite = testSuite;
        this.platform = chain.isPresent() ? platform(model, chain.get(), started) : Optional.empty();
        Optional<Service> served = Optional.empty();
        if (runsApplication && platform.isEmpty()) {
            served = inherited.isPresent()
                    ? Optional.of(new Service(chain.get().stages().get(0).from().range(), inherited.get(), true))
                    : service(chain.get(), started);
        }
        this.service = served;
    }

    private static final class Compute implements Derivation<Dockerfile, ShippedImage> {
        @Override
        public ShippedImage compute(DockerfileModel model, Dockerfile key) {
            return new ShippedImage(model);
        }
    }

    static ShippedImage of(DockerfileModel model) {
        return model.derived(OF, model.file());
    }

    /** The final stage's chain, root first: the image built by default. Empty for a file without FROM. */
    Optional<StageChain> chain() {
        return chain;
    }

    /** Every instruction of the shipped image, in build order: the walk most layer and content rules make. */
    List<Instruction> instructions() {
        return chain.isPresent() ? chain.get().instructions() : List.of();
    }

    /**
     * Whether the stage's layers are part of the shipped image: the final stage and the stages it
     * is built FROM are. A stage that only feeds others (through COPY --from or RUN --mount) is
     * not, nor one that nothing needs, which BuildKit builds only when asked for as a target.
     */
    boolean ships(Stage stage) {
        return chain.isPresent() && chain.get().stages().contains(stage);
    }

    /**
     * Whether the image starts an application: its chain sets CMD or ENTRYPOINT, and what they
     * start is not a shell, a prompt, a bare shell ENTRYPOINT without a CMD, a notebook server,
     * {@code sshd}, a {@code sleep} or
     * another way of keeping an environment up. An image without either is a base image or an
     * environment, whose command is chosen by whoever runs or extends it.
     */
    boolean runsApplication() {
        return runsApplication;
    }

    /**
     * Whether the image starts a test runner ({@code pytest}, {@code python -m unittest},
     * {@code tox}) or a test script ({@code python docker_test.py}): it is built to run tests and
     * thrown away, not shipped.
     */
    boolean runsTestSuite() {
        return runsTestSuite;
    }

    // `python -m jupyter lab`, `python3 -m jittor.notebook`: a notebook server behind a module.
    private static boolean runsNotebookModule(List<String> argv) {
        int m = argv.indexOf("-m");
        if (m < 0 || m + 1 >= argv.size()) {
            return false;
        }
        String module = argv.get(m + 1);
        return module.equals("jupyter") || module.equals("jupyterlab") || module.equals("notebook")
                || module.endsWith(".notebook") || module.startsWith("jupyter_") || module.startsWith("jupyter.");
    }

    /** A compiler or wheel builder: an image whose command it is builds software, it runs none. */
    static boolean isCompiler(String program) {
        if (COMPILERS.contains(program)) {
            return true;
        }
        for (String suffix : COMPILER_SUFFIXES) {
            if (program.endsWith(suffix) && program.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean runsTests(Invocations.Invocation inv) {
        if (TEST_RUNNERS.contains(inv.program()) || isCiScript(script(inv))) {
            return true;
        }
        List<String> argv = inv.argv();
        for (int i = 1; i < argv.size() && ProgramNames.isPython(inv.program()); i++) {
            String arg = argv.get(i);
            if (arg.equals("-m")) {
                return i + 1 < argv.size() && TEST_MODULES.contains(argv.get(i + 1));
            }
            if (!arg.startsWith("-")) {
                // The script: a test by pytest's naming (`test_app.py`, `docker_test.py`).
                String name = arg.substring(arg.lastIndexOf('/') + 1);
                return name.endsWith(".py") && (name.startsWith("test_") || name.endsWith("_test.py"));
            }
        }
        return false;
    }

    // The shell script an invocation runs: the program itself, or a shell's first operand.
    private static String script(Invocations.Invocation inv) {
        if (inv.program().endsWith(".sh")) {
            return inv.program();
        }
        List<String> argv = inv.argv();
        if (SHELLS.contains(inv.program())) {
            for (int i = 1; i < argv.size(); i++) {
                String arg = argv.get(i);
                if (arg.equals("-c")) {
                    return "";
                }
                if (!arg.startsWith("-")) {
                    return arg.substring(arg.lastIndexOf('/') + 1);
                }
            }
        }
        return "";
    }

    /**
     * A script named for CI, tests or a build ({@code ci_check.sh}, {@code run_tests.sh},
     * {@code build_manylinux.sh}): the container is started to check or build the repository's
     * code and thrown away. A name that also says it serves or runs the application
     * ({@code build_and_serve.sh}) is the application's.
     */
    static boolean isCiScript(String script) {
        if (!script.endsWith(".sh")) {
            return false;
        }
        String name = script.substring(0, script.length() - 3).toLowerCase(Locale.ROOT).replace('-', '_');
        if (name.contains("serve") || name.contains("start") || name.contains("app") || name.contains("entrypoint")
                || name.equals("run") || name.startsWith("run_") && !name.startsWith("run_test")) {
            return false;
        }
        return name.equals("ci") || name.startsWith("ci_") || name.endsWith("_ci") || name.contains("_ci_")
                || name.equals("test") || name.equals("tests") || name.startsWith("test_") || name.endsWith("_test")
                || name.endsWith("_tests") || name.startsWith("run_test")
                || name.equals("build") || name.startsWith("build_");
    }

    /** The platform that runs the image, when the image says so. */
    Optional<Platform> platform() {
        return platform;
    }

    /**
     * How the application serves requests, when it does and its health is the image's business:
     * a server it starts (uvicorn, vllm serve, …), else ports it exposes. Empty for an environment,
     * for images a platform runs, and for programs whose role or peers decide what listens.
     */
    Optional<Service> service() {
        return service;
    }

    private static boolean environment(Invocations.Invocation inv, boolean defaultCommand, boolean entrypointAlone,
            boolean lastCommand) {
        String program = inv.program();
        // `marimo edit` is marimo's notebook editor (`marimo run` serves an app).
        boolean marimoEditor = program.equals("marimo") && inv.argv().contains("edit");
        if (ProgramNames.isPython(program) && runsNotebookModule(inv.argv())) {
            return true;
        }
        // Zeppelin (`zeppelin.sh`, `zeppelin-daemon.sh`) is a notebook server like Jupyter.
        if (INTERACTIVE.contains(program) || program.contains("jupyter") || program.contains("notebook")
                || program.contains("zeppelin") || marimoEditor
                || lastCommand && KEEP_ALIVE.contains(program) || isCompiler(program)) {
            return true;
        }
        // `bash` opens a prompt, `bash run.sh` runs a script; `sh -c "…"` was looked into already.
        boolean prompt = PROMPTS.contains(program) || ProgramNames.isPython(program);
        return (defaultCommand && prompt || entrypointAlone && SHELLS.contains(program)) && !hasOperand(inv.argv());
    }

    /**
     * s6-overlay's {@code /init} in an image that installs RStudio Server (rocker's images) starts
     * the IDE, whose server runs as root to open each session as the user who logs in.
     */
    private static boolean startsRStudio(StageChain chain, Invocations.Invocation inv) {
        if (!inv.argv().get(0).equals("/init")) {
            return false;
        }
        for (ExposeInstruction expose : chain.instructions(ExposeInstruction.class)) {
            for (Word port : expose.ports()) {
                if (port.text().equals(RSTUDIO_PORT) || port.text().startsWith(RSTUDIO_PORT + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An SSH node: the image makes sshd's privilege-separation directory ({@code /run/sshd}), which
     * only a container that runs sshd needs, and starts a script, which ends in {@code sshd -D}
     * (an agent's sandbox, a development box, an MPI worker). sshd starts as root to log users in.
     */
    private static boolean preparesSshd(StageChain chain) {
        for (RunInstruction run : chain.instructions(RunInstruction.class)) {
            if (run.command() instanceof ShellForm shell && shell.text().text().contains("/run/sshd")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsScriptsOnly(List<Invocations.Invocation> started) {
        for (Invocations.Invocation inv : started) {
            if (!inv.program().endsWith(".sh") && !inv.program().equals("sshd")) {
                return false;
            }
        }
        return !started.isEmpty();
    }

    private static boolean hasOperand(List<String> argv) {
        for (int i = 1; i < argv.size(); i++) {
            if (!argv.get(i).startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> inheritedServer(StageChain chain) {
        BaseImage root = chain.stages().get(0).base();
        if (root instanceof ImageBase base && base.ref() instanceof ImageName image) {
            return Optional.ofNullable(INHERITED_SERVERS.get(image.familiarName()));
        }
        return Optional.empty();
    }

    private static Optional<Service> service(StageChain chain, List<Invocations.Invocation> started) {
        for (Invocations.Invocation inv : started) {
            Optional<String> server = ServerCommands.describe(inv.argv());
            if (server.isPresent()) {
                return Optional.of(new Service(inv.range(), server.get(), true));
            }
        }
        for (Invocations.Invocation inv : started) {
            if (PEER_ROLES.contains(inv.program()) || onlyHelp(inv.argv())) {
                return Optional.empty();
            }
        }
        if (speaksOverStdio(chain)) {
            return Optional.empty();
        }
        for (ExposeInstruction expose : chain.instructions(ExposeInstruction.class)) {
            StringBuilder ports = new StringBuilder();
            for (Word port : expose.ports()) {
                if (!ATTACH_PORTS.contains(portNumber(port.text()))) {
                    ports.append(ports.length() == 0 ? "" : " ").append(port.text());
                }
            }
            if (ports.length() > 0) {
                return Optional.of(new Service(expose.range(), ports.toString(), false));
            }
        }
        return Optional.empty();
    }

    /**
     * A default command that prints the usage ({@code ENTRYPOINT ["mistralrs"]} with
     * {@code CMD ["--help"]}): a tool of several commands, whose role ({@code serve}, {@code bench})
     * whoever runs it picks, so no one probe fits the image.
     */
    private static boolean onlyHelp(List<String> argv) {
        int from = !argv.isEmpty() && !argv.get(0).startsWith("-") && !argv.get(0).equals("help") ? 1 : 0;
        if (argv.size() <= from) {
            return false;
        }
        for (int i = from; i < argv.size(); i++) {
            if (!HELP.contains(argv.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String portNumber(String port) {
        int slash = port.indexOf('/');
        return slash < 0 ? port : port.substring(0, slash);
    }

    // An MCP server (or any tool) configured to talk over standard input and output
    // (`MCP_TRANSPORT=stdio`): its exposed port listens only when the transport is switched.
    private static boolean speaksOverStdio(StageChain chain) {
        for (EnvInstruction env : chain.instructions(EnvInstruction.class)) {
            for (KeyValue pair : env.pairs()) {
                if (pair.key().endsWith("TRANSPORT") && pair.value().equals("stdio")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Platform> platform(DockerfileModel model, StageChain chain,
            List<Invocations.Invocation> started) {
        // A shipped stage named for the platform (`llama-cpp-sagemaker`, `kserve-predictor`): the
        // file builds one image per platform and says which this is.
        for (Stage stage : chain.stages()) {
            String name = stage.name().orElse("").toLowerCase(Locale.ROOT);
            if (name.contains("sagemaker")) {
                return Optional.of(Platform.SAGEMAKER);
            }
            if (name.contains("kserve")) {
                return Optional.of(Platform.KSERVE);
            }
        }
        if (PipInstalls.installsAny(model, chain.instructions(), KSERVE_PACKAGES)) {
            return Optional.of(Platform.KSERVE);
        }
        BaseImage root = chain.stages().get(0).base();
        if (root instanceof ImageBase base && base.ref() instanceof ImageName image) {
            String name = image.name();
            if (name.startsWith("public.ecr.aws/lambda/") || image.familiarName().startsWith("amazon/aws-lambda-")) {
                return Optional.of(Platform.LAMBDA);
            }
            // AWS Deep Learning Containers for SageMaker live in ECR repositories named for it.
            if (image.registry().endsWith(".amazonaws.com") && name.contains("sagemaker")) {
                return Optional.of(Platform.SAGEMAKER);
            }
        }
        for (Invocations.Invocation inv : started) {
            String program = inv.program();
            if (isLambdaHandler(chain, inv)) {
                return Optional.of(Platform.LAMBDA);
            }
            boolean ric = program.equals("aws-lambda-ric") || program.equals("lambda-entrypoint.sh")
                    || ProgramNames.isPython(program) && inv.argv().contains("awslambdaric");
            if (ric) {
                return Optional.of(Platform.LAMBDA);
            }
            // SageMaker's bring-your-own-container layout: the programs live in /opt/program.
            if (inv.argv().get(0).startsWith("/opt/program/")) {
                return Optional.of(Platform.SAGEMAKER);
            }
        }
        for (Instruction instruction : chain.instructions()) {
            if (instruction instanceof EnvInstruction env && hasKeyStarting(env.pairs(), "SAGEMAKER_")
                    || instruction instanceof LabelInstruction label
                    && (hasKeyStarting(label.pairs(), "com.amazonaws.sagemaker.")
                    || hasKeyStarting(label.pairs(), "\"com.amazonaws.sagemaker."))) {
                return Optional.of(Platform.SAGEMAKER);
            }
        }
        return Optional.empty();
    }

    /**
     * A CMD that names a Lambda handler ({@code app.lambda_handler}, {@code index.handler},
     * {@code example.Handler::handleRequest}) rather than a program, on a base whose ENTRYPOINT
     * (inherited: the chain sets none) is Lambda's runtime interface client: a base derived from
     * the Lambda image, such as a course's or a team's own.
     */
    private static boolean isLambdaHandler(StageChain chain, Invocations.Invocation inv) {
        List<String> argv = inv.argv();
        if (argv.size() != 1 || !chain.instructions(EntrypointInstruction.class).isEmpty()) {
            return false;
        }
        String handler = argv.get(0);
        int dot = handler.lastIndexOf('.');
        int method = handler.indexOf("::");
        if (dot <= 0 || handler.indexOf('/') >= 0) {
            return false;
        }
        String last = method > 0 ? handler.substring(method + 2) : handler.substring(dot + 1);
        return isIdentifierPath(method > 0 ? handler.substring(0, method) : handler) && isIdentifierPath(last)
                && !SCRIPT_EXTENSIONS.contains(last);
    }

    // Dotted identifiers: `app.lambda_handler`, `com.example.Handler`.
    private static boolean isIdentifierPath(String text) {
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (c == '.' && !start && i < text.length() - 1) {
                start = true;
            } else if (letter || !start && c >= '0' && c <= '9') {
                start = false;
            } else {
                return false;
            }
        }
        return !start;
    }

    private static boolean hasKeyStarting(List<KeyValue> pairs, String prefix) {
        for (KeyValue pair : pairs) {
            if (pair.key().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
